/**
 * Browser stand-in for node's `events`, for the playground's bundle only. xmlbuilder2's callback
 * builder (never used by `toAkomaNtoso`) extends EventEmitter when its module loads, so the class
 * must exist; nothing emits through it. Remove once the library is bundler-safe.
 */
export class EventEmitter {
  on(): this {
    return this;
  }
  emit(): boolean {
    return false;
  }
}
