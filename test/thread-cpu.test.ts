import { describe, expect, it } from "vitest";
import { accountThreadCpu, describeSpeedUpFactors, speedUpFactors, threadCpuSeconds } from "../pipeline/thread-cpu.ts";

describe("accountThreadCpu", () => {
  it("splits the CPU spent between two readings into workers, main thread and helpers", () => {
    const before = new Map([[100, 1.0], [101, 0.5], [200, 2.0], [201, 3.0]]);
    const after = new Map([[100, 1.25], [101, 0.75], [200, 4.0], [201, 5.5]]);
    expect(accountThreadCpu(before, after, new Set([200, 201]), 100)).toEqual({ workers: 4.5, main: 0.25, helpers: 0.25 });
  });

  it("counts a thread born between the readings from zero and leaves out one that ended", () => {
    const before = new Map([[100, 1.0], [300, 9.0]]);
    const after = new Map([[100, 1.5], [301, 0.5]]);
    expect(accountThreadCpu(before, after, new Set([301]), 100)).toEqual({ workers: 0.5, main: 0.5, helpers: 0 });
  });
});

describe.runIf(process.platform === "linux")("threadCpuSeconds", () => {
  it("reads this process's threads, the main thread among them, and sees CPU spent", () => {
    const start = threadCpuSeconds()!;
    let x = 0;
    const until = performance.now() + 120;
    while (performance.now() < until) x += Math.sqrt(x + 1);
    const end = threadCpuSeconds()!;
    expect(end.has(process.pid)).toBe(true);
    const spent = [...end].reduce((sum, [tid, s]) => sum + s - (start.get(tid) ?? 0), 0);
    expect(spent).toBeGreaterThan(0.05);
    expect(x).toBeGreaterThan(0);
  });
});

describe("speedUpFactors", () => {
  // One worker: 2,000 articles in 4 s, its thread busy 3.6 s. Two workers: 2,000 articles in 2.5 s, workers 4 s,
  // main 0.2 s, helpers 0.6 s; so the speed-up (wall per article) is 4 / 2.5 = 1.6.
  const one = { seconds: 4, articles: 2000, cpu: { workers: 3.6, main: 0.1, helpers: 0.3 } };
  const many = { seconds: 2.5, articles: 2000, cpu: { workers: 4, main: 0.2, helpers: 0.6 } };
  const f = speedUpFactors(one, many, 2);

  it("gives each factor from the two runs' CPU accounts", () => {
    expect(f.busyMany).toBeCloseTo(4.8 / 5, 10);
    expect(f.busyOne).toBeCloseTo(0.9, 10);
    expect(f.workerCpuRatio).toBeCloseTo(3.6 / 4, 10);
    expect(f.workerShare).toBeCloseTo(4 / 4.8, 10);
  });

  it("multiplies out to the speed-up, also when the runs counted different numbers of articles", () => {
    expect((2 * f.busyMany * f.workerCpuRatio * f.workerShare) / f.busyOne).toBeCloseTo(1.6, 10);
    const longer = { seconds: 5, articles: 4000, cpu: { workers: 8, main: 0.4, helpers: 1.2 } };
    const g = speedUpFactors(one, longer, 2);
    expect((2 * g.busyMany * g.workerCpuRatio * g.workerShare) / g.busyOne).toBeCloseTo(4 / 2000 / (5 / 4000), 10);
  });

  it("names each factor in the bench's line", () => {
    expect(describeSpeedUpFactors(f, 2)).toBe(
      "2 × 0.96 (the 2 cores' use) ÷ 0.90 (the single worker's) × 0.90 (worker CPU per article, 1 worker over 2) × 0.83 (the workers' share of the CPU; main thread and V8 helpers the rest)",
    );
  });
});
