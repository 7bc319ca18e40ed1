// CPU time of each thread of this process, from /proc (Linux), for the benchmark's account of where the cores'
// time went: the workers, the main thread, and the helper threads that V8 and libuv run beside them (optimizing
// compiles, parallel garbage collection). Elsewhere there is no /proc and the account is left out.
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux whatever the kernel's own rate). */
const TICKS_PER_SECOND = 100;

/** Seconds of CPU (user + system) per thread id; null where /proc/self/task cannot be read. */
export function threadCpuSeconds(): Map<number, number> | null {
  let tids: string[];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return null;
  }
  const seconds = new Map<number, number>();
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces; the fields after it start at field 3 (state).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      seconds.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return seconds;
}

export interface ThreadCpuAccount {
  workers: number;
  main: number;
  helpers: number;
}

/**
 * CPU seconds spent between two readings, by kind of thread: `workerTids` are the pool's threads, the process id is
 * the main thread, every other thread is a helper. A thread that ended before the second reading is not counted.
 */
export function accountThreadCpu(before: Map<number, number>, after: Map<number, number>, workerTids: ReadonlySet<number>, mainTid: number): ThreadCpuAccount {
  const account: ThreadCpuAccount = { workers: 0, main: 0, helpers: 0 };
  for (const [tid, seconds] of after) {
    const spent = seconds - (before.get(tid) ?? 0);
    if (tid === mainTid) account.main += spent;
    else if (workerTids.has(tid)) account.workers += spent;
    else account.helpers += spent;
  }
  return account;
}

/** A run's wall time and CPU account over the articles it counted. */
export interface CountedRun {
  seconds: number;
  articles: number;
  cpu: ThreadCpuAccount;
}

/**
 * Why N workers are not N times one, as factors whose product is the speed-up (wall time per article, one worker
 * over N): N × busyMany ÷ busyOne × workerCpuRatio × workerShare.
 */
export interface SpeedUpFactors {
  /** CPU of all threads over N × wall: how fully the N cores were used (below 1: idle, or time the host took). */
  busyMany: number;
  /** The single worker's CPU over wall: how fully it ran (below 1: it waited, or the host took its core). */
  busyOne: number;
  /** Workers' CPU per article, one worker over N: below 1 when each of N workers needs more CPU for the same work. */
  workerCpuRatio: number;
  /** The workers' share of all the CPU of the N-worker run; the main thread and V8's helper threads take the rest. */
  workerShare: number;
}

export function speedUpFactors(one: CountedRun, many: CountedRun, workers: number): SpeedUpFactors {
  const perArticle = (run: CountedRun, seconds: number) => seconds / run.articles;
  const manyTotal = many.cpu.workers + many.cpu.main + many.cpu.helpers;
  return {
    busyMany: manyTotal / (workers * many.seconds),
    busyOne: one.cpu.workers / one.seconds,
    workerCpuRatio: perArticle(one, one.cpu.workers) / perArticle(many, many.cpu.workers),
    workerShare: many.cpu.workers / manyTotal,
  };
}

export function describeSpeedUpFactors(f: SpeedUpFactors, workers: number): string {
  return `${workers} × ${f.busyMany.toFixed(2)} (the ${workers} cores' use) ÷ ${f.busyOne.toFixed(2)} (the single worker's) × ${f.workerCpuRatio.toFixed(2)} (worker CPU per article, 1 worker over ${workers}) × ${f.workerShare.toFixed(2)} (the workers' share of the CPU; main thread and V8 helpers the rest)`;
}
