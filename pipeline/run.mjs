// `node pipeline/run.mjs SCRIPT.ts ARGS...`: runs a TypeScript entry point in this thread. The command line and
// the benchmark run from their bundles (pipeline/bundle.mjs); any other script, or one whose bundle cannot be
// built, through tsx's require hook. The tsx command would also register an ES-module loader, which Node 20 runs
// in a thread of its own (~35 MB of RSS and ~0.2 s of start-up for the life of the process).
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { bundledScript } from "./bundle.mjs";

const script = process.argv[2];
if (!script) {
  process.stderr.write("usage: node pipeline/run.mjs SCRIPT.ts [ARGS...]\n");
  process.exit(2);
}
// The script sees the command line it would see if node had started it: itself at argv[1], its arguments after.
process.argv.splice(1, 2, resolve(script));
const bundle = await bundledScript(script);
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import("tsx/cjs/api");
  register();
  createRequire(import.meta.url)(resolve(script));
}
