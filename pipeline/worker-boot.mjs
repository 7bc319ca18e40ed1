// Worker threads do not inherit tsx's loader on Node 20, so each worker registers one before loading worker.ts.
// tsx's require hook runs in this thread; its ESM hook would start a loader thread per worker (~40 MB each).
import { createRequire } from "node:module";
import { register } from "tsx/cjs/api";

register();
createRequire(import.meta.url)("./worker.ts");
