/** Where the command line writes, and how: colour only on a terminal (or when asked), widths. */
import * as util from 'node:util';

export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Terminal {
  stdout: Stream;
  stderr: Stream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; fd?: number };
  env: NodeJS.ProcessEnv;
}

/** Whether to colour what goes to `stream`: `--color`/`--no-color` first, then FORCE_COLOR, NO_COLOR, a TTY. */
export function wantsColor(stream: Stream, env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

type Format = 'bold' | 'dim' | 'italic' | 'underline' | 'red' | 'yellow' | 'blue' | 'cyan' | 'green' | 'magenta' | 'gray';

/** A painter: `paint('red', text)` colours when colour is on, and returns `text` as is otherwise. */
export type Paint = (format: Format | Format[], text: string) => string;

/**
 * Node's own `util.styleText` (Node ≥ 20.12); plain text where it is missing or colour is off.
 * The stream check is ours (`wantsColor`), so Node's own is turned off where it has one.
 */
export function painter(color: boolean): Paint {
  const styleText = (util as { styleText?: (format: string | string[], text: string, options?: object) => string }).styleText;
  if (!color || typeof styleText !== 'function') return (_format, text) => text;
  return (format, text) => styleText(format, text, { validateStream: false });
}

/** Width to lay out for: the terminal's, or 100 columns when writing to a file or a pipe. */
export function widthOf(stream: Stream): number {
  return stream.isTTY && stream.columns ? Math.max(40, stream.columns) : 100;
}
