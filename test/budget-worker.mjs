// Runs one extractor over texts in a worker thread, so test/budget.ts can stop it when it overruns its budget.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/cjs/api";

register();
const require = createRequire(import.meta.url);
const { extractionInput } = require("../pipeline/extract.ts");
const extractor = require(workerData.module)[workerData.exportName];
let found = 0;
for (const text of workerData.texts) found += extractor.extract(extractionInput(text)).length;
parentPort.postMessage(found);
