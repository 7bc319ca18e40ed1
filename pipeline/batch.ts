// A batch: inputs pulled lazily, run on the worker pool (or in-process with workers = 0), results handed to the
// sink in input order. At most `window` inputs are in flight or waiting for their turn, so memory does not grow
// with the number of inputs.
import type { BatchInput, Task, TaskResult, TaskSettings } from "./task.ts";
import { WorkerPool } from "./worker-pool.ts";

/** Per-article time budget unless --timeout-ms says otherwise: generous, it is there to end hangs. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Old-generation heap of each worker. V8 otherwise lets a busy heap grow towards its machine-wide default limit
 * (gigabytes) before collecting in earnest, so RSS climbed with every article; with this cap it stays flat. An
 * article that needs more memory ends its worker and gets a TOO_LARGE error record.
 */
export const WORKER_HEAP_MB = 256;
/** Young generation of each worker: ~35 MB less RSS for two workers than V8's default, for ~3% of throughput. */
export const WORKER_YOUNG_HEAP_MB = 16;

/** Grace after the budget before a stuck worker is terminated: the budget is first checked between stages. */
export const HARD_TIMEOUT_GRACE_MS = 1000;

/**
 * The pipeline itself, loaded into this thread only when it runs tasks here (workers load their own). Where
 * `require` is in scope (tsx's require hook; a bundle, in which esbuild resolves it) it is used; under an ES-module
 * loader (vitest) `import()`.
 */
function taskModule(): Promise<typeof import("./task.ts")> {
  return typeof require === "function" ? Promise.resolve(require("./task.ts") as typeof import("./task.ts")) : import("./task.ts");
}

export interface BatchOptions {
  /** Worker threads; 0 runs in this thread (no hard time limit). */
  workers: number;
  settings: TaskSettings;
  /** sha256 of the bytes behind an input's existing output, if it may be skipped. */
  knownSha256?: (input: BatchInput) => string | undefined;
}

export type Sink = (input: BatchInput, result: TaskResult) => void | Promise<void>;

/** Returns the fact types, in the order of TaskResult.facts. */
export async function runBatch(inputs: AsyncIterable<BatchInput> | Iterable<BatchInput>, options: BatchOptions, sink: Sink): Promise<string[]> {
  let run: (task: Task) => Promise<TaskResult>;
  let close = async () => {};
  // The schema module (zod) loads in the workers; this thread asks for it only when no worker told it.
  let factTypes = async (): Promise<string[]> => [...(await taskModule()).FACT_TYPES];
  if (options.workers > 0) {
    const timeout = options.settings.timeoutMs;
    const pool = new WorkerPool({
      size: options.workers,
      settings: options.settings,
      hardTimeoutMs: timeout === undefined ? undefined : timeout + HARD_TIMEOUT_GRACE_MS,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_HEAP_MB },
    });
    run = (task) => pool.run(task);
    close = () => pool.close();
    const fallback = factTypes;
    factTypes = async () => pool.constants?.factTypes ?? fallback();
  } else {
    const { runTask } = await taskModule();
    run = (task) => runTask(task, options.settings);
  }
  const window = Math.max(8, options.workers * 8);
  const pending = new Map<number, { input: BatchInput; result: Promise<TaskResult> }>();
  let dispatched = 0;
  let delivered = 0;
  const deliverNext = async () => {
    const next = pending.get(delivered)!;
    pending.delete(delivered);
    await sink(next.input, await next.result);
    delivered++;
  };
  try {
    for await (const input of inputs) {
      const seq = dispatched++;
      const task: Task = { seq, input, knownSha256: options.knownSha256?.(input) };
      // In-process tasks run one after another, so the window never fills with unstarted work.
      const result = run(task);
      pending.set(seq, { input, result });
      if (options.workers === 0) await result;
      while (dispatched - delivered >= window) await deliverNext();
    }
    while (delivered < dispatched) await deliverNext();
    return await factTypes();
  } finally {
    await close();
  }
}
