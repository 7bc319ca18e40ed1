// The JIT bench's reading of V8's trace (pipeline/bench-jit.ts): compiles split by pass into first compiles and
// recompiles (the same function compiled again), with their times, and deoptimizations counted.
import { describe, expect, it } from "vitest";
import { jitPasses } from "../pipeline/bench-jit.ts";

const compiled = (name: string, sfi: string, ms: string) =>
  `[completed compiling 0x1 <JSFunction ${name} (sfi = ${sfi})> (target TURBOFAN) - took 0.010, ${ms}, 0.100 ms]`;
const bailout = "[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x1 <JSFunction a (sfi = 0xa)>, ...]";

describe("jitPasses", () => {
  it("splits compiles by pass into first compiles and recompiles, and counts deoptimizations", () => {
    const trace = [
      compiled("a", "0xa", "10.5"),
      "[marking 0x1 <JSFunction a (sfi = 0xa)> for optimization to TURBOFAN, reason: hot and stable]",
      compiled("b", "0xb", "2.0"),
      bailout,
      "@@pass 1",
      compiled("a", "0xa", "7.25"),
      compiled("c", "0xc", "1.0"),
      bailout,
      bailout,
      "@@pass 2",
      "@@pass 3",
    ].join("\n");
    expect(jitPasses(trace)).toEqual([
      { pass: 1, firstCompiles: 2, firstMs: 12.5, recompiles: 0, recompileMs: 0, deoptimizations: 1 },
      { pass: 2, firstCompiles: 1, firstMs: 1, recompiles: 1, recompileMs: 7.25, deoptimizations: 2 },
      { pass: 3, firstCompiles: 0, firstMs: 0, recompiles: 0, recompileMs: 0, deoptimizations: 0 },
    ]);
  });
});
