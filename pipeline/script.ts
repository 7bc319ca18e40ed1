// Scripts that tests also import run their main only when node was started with them.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** True when `moduleUrl` (the caller's import.meta.url) is the script node was started with. */
export function isScript(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(resolve(process.argv[1])).href;
}

/** The arguments of an evaluation command: one input (a file or folder) and the flags --errors and --json. */
export interface EvalArgs {
  input: string;
  errors: boolean;
  json: boolean;
}

/** `SCRIPT INPUT [--errors] [--json]`; null (after printing `usage`) for anything else. */
export function evalArgs(argv: string[], usage: string): EvalArgs | null {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const inputs = argv.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => f !== "--errors" && f !== "--json");
  if (inputs.length !== 1 || unknown.length > 0) {
    console.error(usage);
    return null;
  }
  return { input: resolve(inputs[0]!), errors: flags.has("--errors"), json: flags.has("--json") };
}

/** Runs `main` with the command line and makes its result the exit code; a failure prints `name: message`, exit 1. */
export function runMain(name: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      console.error(`${name}: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
