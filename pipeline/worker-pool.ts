// A pool of worker threads (pipeline/worker.ts), each given up to TASKS_PER_WORKER tasks so it never waits for the
// main thread between them; it runs them one at a time. The hard time limit runs for the task a worker is on (the
// first of those it holds): one that overruns has its worker terminated and replaced and becomes a TIMEOUT error
// record; a worker that dies gives that task an INTERNAL (or, out of memory, TOO_LARGE) error record. Tasks waiting
// behind it go back to the head of the queue. Results come back in completion order; batch.ts restores input order.
import { Worker } from "node:worker_threads";
import type { ErrorRecord } from "../schemas/record.ts";
import type { Task, TaskResult, TaskSettings } from "./task.ts";
import type { WorkerReady } from "./worker.ts";

// Beside the sources, the tsx loader of worker.ts; beside a bundle of the command line, the workers' bundle
// (pipeline/bundle.mjs builds both under that name).
const WORKER_BOOT = new URL("./worker-boot.mjs", import.meta.url);

/** Serialized error record for a task the pool itself had to end (constants as the worker reported them). */
export function poolErrorResult(task: Task, code: ErrorRecord["error"]["code"], message: string, pretty: boolean, constants: WorkerReady): TaskResult {
  const record = {
    schema: constants.errorSchema,
    pipelineVersion: constants.pipelineVersion,
    source: { path: task.input.path, format: task.input.format ?? null, bytes: task.input.bytes?.length ?? null, sha256: null },
    error: { code, message },
    diagnostics: [],
  };
  const output = pretty ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n`;
  return { seq: task.seq, output, errorCode: code, sha256: null, facts: constants.factTypes.map(() => 0) };
}

interface Running {
  task: Task;
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Tasks sent to this worker, the one it is on first. */
  assigned: Running[];
}

/**
 * With two, a worker still ran out of work ~2.5% of the time: short articles finish before the main thread, woken
 * by the result of the one before, has sent the next (news-sample: 120 waits of ~1.8 ms per 4,700 tasks with one
 * worker, 190 of ~2 ms per 3,900 with two). With four it waits about a tenth as often.
 */
const TASKS_PER_WORKER = 4;

export interface PoolOptions {
  size: number;
  settings: TaskSettings;
  /** Wall time after which a task's worker is terminated; none when undefined. */
  hardTimeoutMs?: number;
  resourceLimits?: import("node:worker_threads").ResourceLimits;
  /** The worker's script (tests substitute their own). */
  entry?: URL;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Running[] = [];
  private closed = false;
  /** Workers started, replacements included (for tests and the benchmark). */
  started = 0;
  /** What the first worker to start reported: fact types, error schema id, pipeline version. */
  constants: WorkerReady | null = null;
  /** Set when a worker cannot even start (a broken install): replacing it would only fail again. */
  private broken: Error | null = null;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    this.started++;
    const worker = new Worker(this.options.entry ?? WORKER_BOOT, { workerData: { settings: this.options.settings }, execArgv: [], resourceLimits: this.options.resourceLimits });
    const slot: Slot = { worker, ready: false, assigned: [] };
    worker.on("message", (message: TaskResult | WorkerReady | { seq: number; crash: string }) => {
      if ("ready" in message) {
        slot.ready = true;
        this.constants ??= message;
      } else {
        const at = slot.assigned.findIndex((r) => r.task.seq === message.seq);
        const running = at < 0 ? undefined : slot.assigned.splice(at, 1)[0];
        if (running) {
          if (running.timer) clearTimeout(running.timer);
          running.resolve("crash" in message ? this.errorResult(running.task, "INTERNAL", message.crash.split("\n")[0]!) : message);
        }
        this.startTimer(slot);
      }
      this.dispatch();
    });
    const died = (reason: string, code: "TOO_LARGE" | "INTERNAL" = "INTERNAL") => {
      if (!this.slots.includes(slot)) return; // replaced already (terminated on timeout)
      if (!slot.ready) {
        this.fail(new Error(`a worker failed to start: ${reason}`));
        return;
      }
      const message = code === "TOO_LARGE" ? `processing needs more memory than a worker has: ${reason}` : `worker died: ${reason}`;
      this.retire(slot, (task) => this.errorResult(task, code, message));
    };
    worker.on("error", (error: NodeJS.ErrnoException) => died(error.message, error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "TOO_LARGE" : "INTERNAL"));
    worker.on("exit", (code) => {
      if (!this.closed) died(`exit code ${code}`);
    });
    return slot;
  }

  /** Replaces a worker that is gone or stuck: its current task gets `outcome`, the one waiting is queued again. */
  private retire(slot: Slot, outcome: (task: Task) => TaskResult): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    if (this.closed) this.slots.splice(i, 1);
    else this.slots[i] = this.spawn();
    const [current, ...waiting] = slot.assigned;
    slot.assigned = [];
    if (current?.timer) clearTimeout(current.timer);
    this.queue.unshift(...waiting);
    if (current) current.resolve(outcome(current.task));
    this.dispatch();
  }

  private startTimer(slot: Slot): void {
    const current = slot.assigned[0];
    const hard = this.options.hardTimeoutMs;
    if (!current || current.timer || hard === undefined) return;
    current.timer = setTimeout(() => {
      if (slot.assigned[0] !== current) return;
      void slot.worker.terminate();
      this.retire(slot, (task) => this.errorResult(task, "TIMEOUT", `no result within the time budget (${hard} ms); the worker was stopped`));
    }, hard);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (this.queue.length > 0 && slot.ready && slot.assigned.length < TASKS_PER_WORKER) {
        const running = this.queue.shift()!;
        slot.assigned.push(running);
        slot.worker.postMessage(running.task);
        this.startTimer(slot);
      }
    }
  }

  private errorResult(task: Task, code: ErrorRecord["error"]["code"], message: string): TaskResult {
    return poolErrorResult(task, code, message, this.options.settings.pretty, this.constants!);
  }

  /** Every task not yet answered is rejected, and so is every later one. */
  private fail(error: Error): void {
    this.broken = error;
    const unanswered = [...this.queue, ...this.slots.flatMap((slot) => slot.assigned)];
    this.queue.length = 0;
    for (const slot of this.slots) slot.assigned = [];
    for (const running of unanswered) {
      if (running.timer) clearTimeout(running.timer);
      running.reject(error);
    }
  }

  run(task: Task): Promise<TaskResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject, timer: null });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
