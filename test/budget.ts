// Speed guards without wall-time thresholds: an extractor runs in a worker thread under a generous time budget
// (the pipeline's mechanism against hangs); only a runaway (catastrophic backtracking, a quadratic blow-up on a
// long line) overruns it. Throughput is measured by `npm run bench`, not by tests.
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

export const GENEROUS_BUDGET_MS = 30_000;

/** Resolves to the number of facts found, or "timeout" when the budget ran out (the worker is then stopped). */
export function extractWithinBudget(module: URL, exportName: string, texts: string[], budgetMs = GENEROUS_BUDGET_MS): Promise<number | "timeout"> {
  return runWithinBudget({ module: fileURLToPath(module), exportName, texts }, budgetMs);
}

/** Runs each text through the whole pipeline (as a .txt file); resolves to each one's error code or "RECORD". */
export function processWithinBudget(texts: string[], budgetMs = GENEROUS_BUDGET_MS): Promise<string[] | "timeout"> {
  return runWithinBudget({ pipeline: true, texts }, budgetMs);
}

function runWithinBudget<T>(workerData: object, budgetMs: number): Promise<T | "timeout"> {
  const worker = new Worker(new URL("./budget-worker.mjs", import.meta.url), { workerData, execArgv: [] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve("timeout");
    }, budgetMs);
    worker.once("message", (result: T) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
