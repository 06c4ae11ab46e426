/**
 * The page's side of the parser's worker. One text is parsed at a time; a text given while the
 * worker is busy waits, and only the latest one waiting is parsed (typing does not queue work).
 */
import workerSource from 'playground:worker';
import type { ParseReply, ParseRequest } from './protocol.js';

export type Request = Omit<ParseRequest, 'id'>;

export class ParserClient {
  private readonly worker: Worker;
  private busy = false;
  private waiting: Request | null = null;
  private nextId = 1;

  constructor(
    private readonly onStart: (request: ParseRequest) => void,
    private readonly onReply: (reply: ParseReply, request: ParseRequest) => void,
  ) {
    // From a Blob, so that the page works from file:// too (a worker script file would not load there).
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    this.worker = new Worker(url);
  }

  parse(request: Request): void {
    if (this.busy) {
      this.waiting = request;
      return;
    }
    this.busy = true;
    const sent: ParseRequest = { ...request, id: this.nextId++ };
    this.worker.onmessage = ({ data }: MessageEvent<ParseReply>) => this.done(data, sent);
    this.worker.onerror = (event) => this.done({ id: sent.id, ok: false, error: event.message || 'the worker failed' }, sent);
    this.onStart(sent);
    this.worker.postMessage(sent);
  }

  private done(reply: ParseReply, request: ParseRequest): void {
    this.busy = false;
    const waiting = this.waiting;
    this.waiting = null;
    this.onReply(reply, request);
    if (waiting) this.parse(waiting);
  }
}
