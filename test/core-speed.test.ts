import { spawn, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { allowedCores, confineProcess, describeCoreSpeeds, fastestCore, speedUpCeiling } from "../pipeline/core-speed.ts";

describe("speedUpCeiling", () => {
  it("is N on N equal cores", () => {
    expect(speedUpCeiling([400, 400], 2)).toBe(2);
    expect(speedUpCeiling([300, 300, 300, 300], 3)).toBe(3);
  });

  it("counts a slower core by its speed relative to the fastest, whatever the order", () => {
    expect(speedUpCeiling([500, 400], 2)).toBeCloseTo(1.8, 10);
    expect(speedUpCeiling([400, 500], 2)).toBeCloseTo(1.8, 10);
  });

  it("uses the fastest cores when there are more cores than workers", () => {
    expect(speedUpCeiling([800, 400, 500], 2)).toBeCloseTo(1.8, 10);
    expect(speedUpCeiling([800, 400, 500], 1)).toBe(1);
  });
});

describe("describeCoreSpeeds", () => {
  it("names each core and the ceiling", () => {
    expect(describeCoreSpeeds([400, 500], 2)).toBe(
      "core speeds (a fixed loop pinned to each core, best of 3): cpu0 400 ms, cpu1 500 ms; 2 workers can reach at most 1.80× one worker on the fastest core",
    );
  });

  it("says when the speeds could not be measured", () => {
    expect(describeCoreSpeeds(null, 2)).toBe("core speeds: not measured (taskset is not available)");
  });
});

describe("fastestCore", () => {
  it("is the core with the shortest loop, the lowest index on a tie", () => {
    expect(fastestCore([500, 400, 450])).toBe(1);
    expect(fastestCore([400, 400])).toBe(0);
    expect(fastestCore([300])).toBe(0);
  });
});

describe("confineProcess", () => {
  const hasTaskset = spawnSync("taskset", ["-p", String(process.pid)]).status === 0;

  it.skipIf(!hasTaskset || availableParallelism() < 2)("confines a process to one core and releases it", () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"], { stdio: "ignore" });
    try {
      const all = allowedCores(child.pid!);
      expect(confineProcess(child.pid!, "1")).toBe(true);
      expect(allowedCores(child.pid!)).toBe("1");
      expect(confineProcess(child.pid!, all!)).toBe(true);
      expect(allowedCores(child.pid!)).toBe(all);
    } finally {
      child.kill();
    }
  });

  it("says so when it cannot", () => {
    expect(confineProcess(2 ** 22 + 12345, "0")).toBe(false);
    expect(allowedCores(2 ** 22 + 12345)).toBeNull();
  });
});
