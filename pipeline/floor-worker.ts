// The regex-only floor, timed in a worker thread with the pipeline workers' heap limits (pipeline/bench.ts), so
// that the floor and the pipeline run under one garbage-collector configuration.
import { parentPort } from "node:worker_threads";
import { regexFloorScan } from "./regex-floor.ts";

export interface FloorJob {
  texts: string[];
  /** Scans to time: texts[i % texts.length] for i < count. */
  count: number;
}

parentPort!.once("message", ({ texts, count }: FloorJob) => {
  for (const text of texts) regexFloorScan(text);
  const start = performance.now();
  for (let i = 0; i < count; i++) regexFloorScan(texts[i % texts.length]!);
  parentPort!.postMessage((performance.now() - start) / 1000);
});
