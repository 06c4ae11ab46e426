/** What the page and the parser's worker say to each other. */
import type { Diagnostic, ParseOptions, ParseResult } from '../src/index.js';

export interface ParseRequest {
  id: number;
  text: string;
  language: NonNullable<ParseOptions['language']>;
  form: NonNullable<ParseOptions['form']>;
}

export type ParseReply =
  | {
      id: number;
      ok: true;
      result: ParseResult;
      /** `validate(text)`: the parser's diagnostics and the rules', in text order. */
      diagnostics: Diagnostic[];
      /** Time of parse and validate, in the worker. */
      milliseconds: number;
      json: string;
      /** `toAkomaNtoso(resolution)`. */
      akomaNtoso: string;
      /** `print(resolution)`, in the form of the input. */
      printed: string;
    }
  | { id: number; ok: false; error: string };
