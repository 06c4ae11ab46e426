/** What the page and its workers say to each other. Both workers run the same script. */
import type { Diagnostic, ParseOptions, ParseResult } from '../src/index.js';

export interface ParseRequest {
  task: 'parse';
  text: string;
  language: NonNullable<ParseOptions['language']>;
  form: NonNullable<ParseOptions['form']>;
}

/** Akoma Ntoso is written on demand, by a worker of its own: on a long text it takes longer than the parse. */
export interface AkomaNtosoRequest {
  task: 'akoma-ntoso';
  /** The parse result as JSON (a string crosses to the worker much faster than a tree). */
  json: string;
}

export type Failure = { ok: false; error: string };

export type ParseReply =
  | {
      ok: true;
      result: ParseResult;
      /** `validate(text)`: the parser's diagnostics and the rules', in text order. */
      diagnostics: Diagnostic[];
      /** Time of parse and validate, in the worker. */
      milliseconds: number;
      json: string;
      /** `print(resolution)`, in the form of the input. */
      printed: string;
    }
  | Failure;

export type AkomaNtosoReply = { ok: true; xml: string } | Failure;
