import type { LanguageData } from './types.js';

/** Wraps a function that compiles a language's data so that it runs once per language. */
export function perLanguage<T>(compile: (data: LanguageData) => T): (data: LanguageData) => T {
  const compiled = new WeakMap<LanguageData, T>();
  return (data) => {
    let value = compiled.get(data);
    if (value === undefined) {
      value = compile(data);
      compiled.set(data, value);
    }
    return value;
  };
}
