import { describe, expect, it } from "vitest";
import { accountThreadCpu, threadCpuSeconds } from "../pipeline/thread-cpu.ts";

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
