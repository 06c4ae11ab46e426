import type { RuleSetting } from '../checks/types.js';
import type { ParseOptions } from '../parse.js';
import type { Diagnostic, ParseResult } from '../schema/index.js';

/** What a batch worker sends back for each file. */
export type BatchOutput = 'tree' | 'json' | 'none';

export interface WorkerTask {
  id: number;
  file: string;
  options: ParseOptions;
  output: BatchOutput;
  /** Run validate() too, with these rule settings. */
  validate: { rules: Readonly<Record<string, RuleSetting>> } | null;
}

export interface WorkerReply {
  id: number;
  /** Size of the file in bytes. */
  bytes: number;
  /** Characters (UTF-16 code units) of the text. */
  chars: number;
  /** Time spent parsing (reading the file excluded), in milliseconds. */
  ms: number;
  result?: ParseResult;
  json?: string;
  /** What validate() found, when asked. */
  diagnostics?: Diagnostic[];
  /** Diagnostics by severity (of validate() when asked, else of parse()), always sent. */
  errors: number;
  warnings: number;
  /** Set when the file could not be read (parse itself never throws on text). */
  error?: string;
}
