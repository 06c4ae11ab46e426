// The tree as the package exports it: each node's interface (generated from its zod schema, the
// descriptions as JSDoc) and its schema typed by that interface, so that `Opener.parse(value)` gives
// an `Opener` and the declarations stay small. The schemas themselves are in the files beside this
// one, gathered by nodes.ts.
export * from '../generated/schema.js';
