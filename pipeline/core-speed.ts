// How fast each core of this machine runs the same fixed JavaScript loop, for the benchmark. On a virtual machine
// the cores need not be equal (a busy neighbour on the same physical core slows one of them), and then one worker's
// rate depends on the core it happens to run on, and N workers cannot reach N times the rate on the fastest core.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

/** Runs of the loop per core; the fastest counts (a slower one met a neighbour's burst). */
const TRIES = 3;
const LOOP = "let x=0;const t=performance.now();for(let i=0;i<2e8;i++)x+=i%7;process.stdout.write(String(performance.now()-t+(x<0?1:0)))";

/**
 * Milliseconds of the loop on each core (the fastest of TRIES), from a child process pinned to it with taskset;
 * null where taskset is missing or refuses (a container without it, another OS).
 */
export function measureCoreSpeeds(cores: number): number[] | null {
  const best: number[] = Array.from({ length: cores }, () => Infinity);
  for (let t = 0; t < TRIES; t++) {
    for (let core = 0; core < cores; core++) {
      const run = spawnSync("taskset", ["-c", String(core), process.execPath, "-e", LOOP], { encoding: "utf8" });
      if (run.error || run.status !== 0) return null;
      best[core] = Math.min(best[core]!, Number(run.stdout));
    }
  }
  return best;
}

/**
 * Confines every thread of process `pid` (V8's and libuv's helpers too) to the cores in `cpuList` ("0", "0-1");
 * threads it starts later inherit the set. False where taskset is missing or refuses.
 */
export function confineProcess(pid: number, cpuList: string): boolean {
  // taskset -a succeeds on a pid that has no threads to list.
  if (!existsSync(`/proc/${pid}/task`)) return false;
  const run = spawnSync("taskset", ["-a", "-p", "-c", cpuList, String(pid)], { encoding: "utf8" });
  return !run.error && run.status === 0;
}

/** The cores the main thread of `pid` may run on, as the kernel lists them ("0-1"); null off Linux. */
export function allowedCores(pid: number): string | null {
  try {
    return /^Cpus_allowed_list:\s*(\S+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The fastest core by the loop's time (the lowest index on a tie). */
export function fastestCore(coreMs: readonly number[]): number {
  return coreMs.reduce((best, ms, core) => (ms < coreMs[best]! ? core : best), 0);
}

/**
 * The most N workers can reach, as a multiple of one worker on the fastest core, if each worker had a core of its
 * own and nothing else ran: the N fastest cores' speeds summed, in units of the fastest.
 */
export function speedUpCeiling(coreMs: readonly number[], workers: number): number {
  const fastestFirst = [...coreMs].sort((a, b) => a - b);
  return fastestFirst.slice(0, workers).reduce((sum, ms) => sum + fastestFirst[0]! / ms, 0);
}

export function describeCoreSpeeds(coreMs: readonly number[] | null, workers: number, when = ""): string {
  if (!coreMs) return "core speeds: not measured (taskset is not available)";
  const speeds = coreMs.map((ms, core) => `cpu${core} ${ms.toFixed(0)} ms`).join(", ");
  return `core speeds${when} (a fixed loop pinned to each core, best of ${TRIES}): ${speeds}; ${workers} workers can reach at most ${speedUpCeiling(coreMs, workers).toFixed(2)}× one worker on the fastest core`;
}
