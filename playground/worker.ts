/** The parser's Web Worker: parses, validates and writes every view of one text at a time. */
import { parse, print, toAkomaNtoso, validate } from '../src/index.js';
import type { ParseReply, ParseRequest } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(reply: ParseReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { id, text, language, form } }) => {
  try {
    const started = performance.now();
    const result = parse(text, { language, form });
    const diagnostics = validate(text, { language, form });
    const milliseconds = performance.now() - started;
    scope.postMessage({
      id,
      ok: true,
      result,
      diagnostics,
      milliseconds,
      json: JSON.stringify(result, null, 2),
      akomaNtoso: view(() => toAkomaNtoso(result.resolution)),
      printed: view(() => print(result.resolution)),
    });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: message(error) });
  }
};

/** A writer that fails shows why in its tab; the outline and the diagnostics still show. */
function view(write: () => string): string {
  try {
    return write();
  } catch (error) {
    return `(this view failed: ${message(error)})`;
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
