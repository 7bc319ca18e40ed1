// A worker thread of the pool: runs tasks one at a time and posts each result back (see worker-pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import { ERROR_SCHEMA_ID, FACT_TYPES } from "../schemas/record.ts";
import { runTask, type Task, type TaskSettings } from "./task.ts";
import { PIPELINE_VERSION } from "./version.ts";

export interface WorkerReady {
  ready: true;
  factTypes: string[];
  errorSchema: string;
  pipelineVersion: string;
}

const settings = workerData.settings as TaskSettings;
// Tasks run strictly one after another, in the order sent: the pool's time limit is for the task at the head.
let previous: Promise<void> = Promise.resolve();
parentPort!.on("message", (task: Task) => {
  previous = previous.then(() =>
    runTask(task, settings).then(
      (result) => parentPort!.postMessage(result),
      (error) => parentPort!.postMessage({ seq: task.seq, crash: String((error as Error)?.stack ?? error) }),
    ),
  );
});
// The constants the main thread needs, so that it does not load the schema library itself (start-up time).
const ready: WorkerReady = { ready: true, factTypes: [...FACT_TYPES], errorSchema: ERROR_SCHEMA_ID, pipelineVersion: PIPELINE_VERSION };
parentPort!.postMessage(ready);
