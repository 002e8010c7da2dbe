import { Worker } from 'node:worker_threads';
import type { CallReport, CallRequest, WorkerSetup } from './fuzz-worker.ts';

/**
 * The test's side of the worker: sends one call at a time and waits at most `timeoutMs` for its
 * answer. A call that does not answer in time is a hang: the worker is terminated (which stops
 * even a synchronous loop) and a new one opens the same database file again.
 */

/** `input`: as the API got it, ids resolved (the generated input when the worker died first). */
export type CallOutcome =
  | { kind: 'answered'; input: unknown; report: CallReport }
  | { kind: 'hang' | 'crash'; input: unknown; detail: string };

interface WorkerMessage {
  ready?: true;
  started?: unknown;
  report?: CallReport;
  failure?: string;
}

const workerUrl = new URL('./fuzz-worker.ts', import.meta.url);

export class FuzzWorker {
  private worker: Worker;
  private readonly setup: WorkerSetup;

  private constructor(worker: Worker, setup: WorkerSetup) {
    this.worker = worker;
    this.setup = setup;
  }

  /** Starts a worker on `setup.file`; creating a database and the demo fill take ~1 s. */
  static async start(setup: WorkerSetup): Promise<FuzzWorker> {
    return new FuzzWorker(await FuzzWorker.spawn(setup), setup);
  }

  private static spawn(setup: WorkerSetup): Promise<Worker> {
    const worker = new Worker(workerUrl, {
      workerData: setup,
      // A runaway loop that also allocates (a course of ten thousand years) dies here, not the run.
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
      stderr: false,
    });
    return new Promise((resolve, reject) => {
      worker.once('message', (message: WorkerMessage) =>
        message.ready ? resolve(worker) : reject(new Error('worker did not start')),
      );
      worker.once('error', reject);
    });
  }

  async call(request: CallRequest, timeoutMs: number): Promise<CallOutcome> {
    const worker = this.worker;
    let timer: NodeJS.Timeout | undefined;
    let onError: ((error: Error) => void) | undefined;
    let onMessage: ((message: WorkerMessage) => void) | undefined;
    let input = request.input;
    const outcome = await new Promise<CallOutcome>((resolve) => {
      timer = setTimeout(
        () => resolve({ kind: 'hang', input, detail: `no answer in ${timeoutMs} ms` }),
        timeoutMs,
      );
      onError = (error) =>
        resolve({ kind: 'crash', input, detail: `${error.name}: ${error.message}` });
      onMessage = (message) => {
        if ('started' in message) input = message.started;
        else if (message.report) resolve({ kind: 'answered', input, report: message.report });
        else resolve({ kind: 'crash', input, detail: `harness: ${message.failure}` });
      };
      worker.once('error', onError);
      worker.on('message', onMessage);
      worker.postMessage(request);
    });
    clearTimeout(timer);
    worker.off('error', onError!);
    worker.off('message', onMessage!);
    if (outcome.kind !== 'answered') await this.restart();
    return outcome;
  }

  /** After a hang or a crash: the database file as the killed call left it, opened anew. */
  private async restart() {
    await this.worker.terminate();
    this.worker = await FuzzWorker.spawn({ ...this.setup, mode: 'open', fillDemo: false });
  }

  async close() {
    await this.worker.terminate();
  }
}
