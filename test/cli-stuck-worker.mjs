// A stand-in worker for test/cli-scale.test.ts: never answers a task whose path contains "hang" (like a regex
// that backtracks forever), runs out of memory on "oom", answers any other at once.
import { parentPort } from "node:worker_threads";

parentPort.on("message", (task) => {
  if (task.input.path.includes("hang")) for (;;);
  if (task.input.path.includes("oom")) for (const hoard = []; ; ) hoard.push(new Array(1e5).fill(hoard.length));
  parentPort.postMessage({ seq: task.seq, output: `${task.input.path}\n`, errorCode: null, sha256: null, facts: [] });
});
parentPort.postMessage({ ready: true, factTypes: ["market_move"], errorSchema: "news-signal/error@1", pipelineVersion: "test" });
