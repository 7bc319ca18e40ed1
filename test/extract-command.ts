// The node command that `npm run extract` runs, read from package.json, so that the tests spawn the CLI exactly as
// a user's run does (the same V8 and Node flags) instead of a copy of them that could drift.
import { readFileSync } from "node:fs";

const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

/** The words of `npm run NAME` between `node` and the script it runs (pipeline/cli.ts, pipeline/bench.ts). */
export function nodeArgsOf(name: string): string[] {
  const words = scripts[name]!.trim().split(/\s+/);
  if (words[0] !== "node") throw new Error(`npm run ${name} does not start with node: ${scripts[name]}`);
  return words.slice(1, -1);
}

/** Flags and the loader (pipeline/run.mjs) of `npm run extract`; append pipeline/cli.ts and its arguments. */
export const EXTRACT_NODE_ARGS = nodeArgsOf("extract");
