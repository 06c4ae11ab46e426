export { compare } from './compare.js';
export * from './schema.js';
