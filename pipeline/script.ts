// Scripts that tests also import run their main only when node was started with them.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** True when `moduleUrl` (the caller's import.meta.url) is the script node was started with. */
export function isScript(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(resolve(process.argv[1])).href;
}
