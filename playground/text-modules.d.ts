/** Texts that the build inlines (esbuild's text loader) and the worker's script (see build.mjs). */
declare module '*.md' {
  const text: string;
  export default text;
}
declare module '*.txt' {
  const text: string;
  export default text;
}
declare module 'playground:worker' {
  const source: string;
  export default source;
}
