// Worker threads do not inherit tsx's loader on Node 20, so each worker registers one before loading its script:
// worker.ts, or the one named in workerData.script (the benchmark's floor-worker.ts).
// tsx's require hook runs in this thread; its ESM hook would start a loader thread per worker (~40 MB each).
import { createRequire } from "node:module";
import { workerData } from "node:worker_threads";
import { register } from "tsx/cjs/api";

register();
createRequire(import.meta.url)(workerData?.script ?? "./worker.ts");
