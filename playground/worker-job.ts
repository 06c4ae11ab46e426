/**
 * One Web Worker that does one job at a time. A new job abandons the one still running: its worker
 * is terminated and a fresh one started, so that a long parse of an outdated text never delays the
 * latest (the abandoned job's promise never settles).
 */
export class WorkerJob<Request, Reply> {
  private worker: Worker | null = null;
  private running = false;

  constructor(private readonly scriptUrl: string) {}

  run(request: Request): Promise<Reply> {
    if (this.running) this.worker?.terminate();
    const worker = this.running || !this.worker ? new Worker(this.scriptUrl) : this.worker;
    this.worker = worker;
    this.running = true;
    return new Promise<Reply>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<Reply>) => {
        this.running = false;
        resolve(data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.running = false;
        this.worker = null;
        worker.terminate();
        reject(new Error(event.message || 'the worker failed'));
      };
      worker.postMessage(request);
    });
  }
}
