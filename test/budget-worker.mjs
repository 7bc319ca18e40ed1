// Runs one extractor, or the whole pipeline, over texts in a worker thread, so test/budget.ts can stop it when it
// overruns its budget.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/cjs/api";

register();
const require = createRequire(import.meta.url);
if (workerData.pipeline) {
  // The outcome of each text: its error code, or "RECORD".
  const { processBytes } = require("../pipeline/pipeline.ts");
  const outcomes = workerData.texts.map((text) => {
    const record = processBytes("hostile.txt", Buffer.from(text));
    return record.schema === "news-signal/error@1" ? record.error.code : "RECORD";
  });
  parentPort.postMessage(outcomes);
} else {
  const { extractionInput } = require("../pipeline/extract.ts");
  const extractor = require(workerData.module)[workerData.exportName];
  let found = 0;
  for (const text of workerData.texts) found += extractor.extract(extractionInput(text)).length;
  parentPort.postMessage(found);
}
