// `npm run bench:jit -- [DIR] [--passes N]`: V8's optimizing compiles, pass by pass, while one thread runs the
// pipeline over the same articles again and again (default: news-sample, 3 passes). Where a second pass still
// compiles, the functions are ones that became hot late or were thrown away (README, Measured figures).
// The counts are V8's own (`--trace-opt --trace-deopt` in a child process); the times are the compile jobs' wall
// times on V8's helper threads.
import { spawnSync } from "node:child_process";
import { readFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { serialize } from "./emit.ts";
import { resolveInputs } from "./inputs.ts";
import { DEFAULT_OPTIONS, processBytes } from "./pipeline.ts";
import { isScript } from "./script.ts";

export interface PassFigures {
  pass: number;
  /** Compiles of functions not compiled before in the run, and their compile time (ms). */
  firstCompiles: number;
  firstMs: number;
  /** Compiles of functions compiled before (their optimized code was thrown away), and their time. */
  recompiles: number;
  recompileMs: number;
  deoptimizations: number;
}

const PASS_MARK = /^@@pass (\d+)$/;
const COMPILED = /^\[completed compiling .*?\(sfi = (0x[0-9a-f]+)\).* - took [\d.]+, ([\d.]+), [\d.]+ ms\]/;
const DEOPTIMIZED = /^\[bailout \(kind: /;

const emptyPass = (pass: number): PassFigures => ({ pass, firstCompiles: 0, firstMs: 0, recompiles: 0, recompileMs: 0, deoptimizations: 0 });

/** Figures per pass from a trace in which the child wrote `@@pass N` after each pass. */
export function jitPasses(trace: string): PassFigures[] {
  const passes: PassFigures[] = [];
  const compiled = new Set<string>();
  let current = emptyPass(1);
  for (const line of trace.split("\n")) {
    const mark = PASS_MARK.exec(line);
    if (mark) {
      passes.push(current);
      current = emptyPass(Number(mark[1]) + 1);
      continue;
    }
    const compile = COMPILED.exec(line);
    if (compile) {
      const ms = Number(compile[2]);
      if (compiled.has(compile[1]!)) {
        current.recompiles++;
        current.recompileMs += ms;
      } else {
        compiled.add(compile[1]!);
        current.firstCompiles++;
        current.firstMs += ms;
      }
    } else if (DEOPTIMIZED.test(line)) current.deoptimizations++;
  }
  return passes;
}

function runPasses(dir: string, passes: number): void {
  const { files } = resolveInputs([dir]);
  const contents = files.map((path) => readFileSync(path));
  for (let pass = 1; pass <= passes; pass++) {
    for (let i = 0; i < files.length; i++) serialize(processBytes(files[i]!, contents[i]!, DEFAULT_OPTIONS), false);
    // Straight to the descriptor, after V8's line-buffered trace of the pass (see below).
    writeSync(1, `@@pass ${pass}\n`);
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { passes: { type: "string", default: "3" }, child: { type: "boolean", default: false } },
  });
  const dir = resolve(positionals[0] ?? "../shared/data/news-sample");
  const passes = Number(values.passes);
  if (values.child) return runPasses(dir, passes);
  // V8 prints its trace through the C library, which buffers a pipe in blocks; stdbuf makes it flush every line,
  // so that each pass's compiles come before the pass's mark.
  const runner = fileURLToPath(new URL("./run.mjs", import.meta.url));
  const node = [...process.execArgv, "--trace-opt", "--trace-deopt", runner, process.argv[1]!, dir, "--passes", String(passes), "--child"];
  const child = spawnSync("stdbuf", ["-oL", process.execPath, ...node], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (child.status !== 0) throw new Error(`the child run failed: ${child.error?.message ?? child.stderr}`);
  console.log(`${dir}, ${passes} passes in one thread (node ${process.execArgv.join(" ")})`);
  console.log("pass  first compiles        recompiles           deoptimizations");
  for (const p of jitPasses(child.stdout)) {
    console.log(`${String(p.pass).padEnd(6)}${`${p.firstCompiles} (${p.firstMs.toFixed(0)} ms)`.padEnd(22)}${`${p.recompiles} (${p.recompileMs.toFixed(0)} ms)`.padEnd(21)}${p.deoptimizations}`);
  }
}

if (isScript(import.meta.url)) main();
