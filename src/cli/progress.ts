/** A progress bar on standard error, for batches, only when standard error is a terminal. */
import type { Stream } from './terminal.js';

export interface Progress {
  tick(file: string): void;
  /** Clears the bar, so that what follows starts on a clean line. */
  done(): void;
  /** Writes a line above the bar. */
  clearLine(): void;
}

const NONE: Progress = { tick() {}, done() {}, clearLine() {} };

export function progressBar(stream: Stream, total: number, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY || total < 2) return NONE;
  let count = 0;
  let last = 0;
  let shown = false;
  const width = () => Math.max(40, stream.columns ?? 80);
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    tick(file) {
      count++;
      const now = Date.now();
      if (count < total && now - last < 50) return;
      last = now;
      const barWidth = Math.min(30, width() - 30);
      const filled = Math.round((barWidth * count) / total);
      const label = `${count}/${total}`;
      const room = width() - barWidth - label.length - 6;
      const name = file.length > room ? `…${file.slice(-(room - 1))}` : file;
      stream.write(`\r\x1b[2K[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${label} ${name}`);
      shown = true;
    },
    done: clear,
    clearLine: clear,
  };
}
