// The schemas of compare()'s result are exported with the tree's (src/schema/nodes.ts gathers them).
export { compare } from './compare.js';
