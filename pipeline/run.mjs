// `node pipeline/run.mjs SCRIPT.ts ARGS...`: runs a TypeScript entry point through tsx's require hook, in this
// thread. The tsx command also registers an ES-module loader, which Node 20 runs in a thread of its own (~35 MB of
// RSS and ~0.2 s of start-up for the life of the process); the CLI and the benchmark do without it.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { register } from "tsx/cjs/api";

const script = process.argv[2];
if (!script) {
  process.stderr.write("usage: node pipeline/run.mjs SCRIPT.ts [ARGS...]\n");
  process.exit(2);
}
// The script sees the command line it would see if node had started it: itself at argv[1], its arguments after.
process.argv.splice(1, 2, resolve(script));
register();
createRequire(import.meta.url)(resolve(script));
