/** The playground's worker: parses, validates and prints a text, or writes a parsed tree as Akoma Ntoso. */
import { parse, print, toAkomaNtoso, validate, type ParseResult } from '../src/index.js';
import type { AkomaNtosoReply, AkomaNtosoRequest, ParseReply, ParseRequest } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest | AkomaNtosoRequest>) => void) | null;
  postMessage(reply: ParseReply | AkomaNtosoReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage(data.task === 'parse' ? parseText(data) : { ok: true, xml: toAkomaNtoso((JSON.parse(data.json) as ParseResult).resolution) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};

function parseText({ text, language, form }: ParseRequest): ParseReply {
  const started = performance.now();
  const result = parse(text, { language, form });
  const diagnostics = validate(text, { language, form });
  const milliseconds = performance.now() - started;
  return { ok: true, result, diagnostics, milliseconds, json: JSON.stringify(result, null, 2), printed: print(result.resolution) };
}
