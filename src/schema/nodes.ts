export * from './position.js';
export * from './inline.js';
export * from './header.js';
export * from './paragraphs.js';
export { Division, Annex } from './body.js';
export * from './closing.js';
export * from './footnote.js';
export * from './diagnostic.js';
export * from './resolution.js';
