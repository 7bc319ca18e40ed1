// The bundles the command line and the benchmark run from (pipeline/bundle.mjs): built when missing or stale,
// reused when fresh, never a stale or broken one; and the command line's bundle gives the sources' bytes.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledScript } from "../pipeline/bundle.mjs";
import { serialize } from "../pipeline/emit.ts";
import { processFile } from "../pipeline/pipeline.ts";
import { corpusFiles } from "./corpus-files.ts";
import { EXTRACT_NODE_ARGS } from "./extract-command.ts";

/** A project of three files: an entry that imports a module, and a worker. */
function smallProject() {
  const root = mkdtempSync(join(tmpdir(), "ns-bundle-"));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "src", "main.ts"), 'import { value } from "./dep.ts";\nexport const stated: string = value;\n');
  writeFileSync(join(root, "src", "dep.ts"), 'export const value: string = "one";\n');
  writeFileSync(join(root, "src", "worker.ts"), "export const worker: number = 1;\n");
  const project = { root, cache: join(root, "cache"), scripts: ["src/main.ts"], worker: { name: "worker-boot", source: "src/worker.ts" }, external: [] };
  return { root, project, main: join(root, "src", "main.ts"), dep: join(root, "src", "dep.ts") };
}

describe("bundles", () => {
  it("are built when missing, reused while their inputs are unchanged, and built again when one changes", async () => {
    const { project, main, dep } = smallProject();
    const url = await bundledScript(main, project);
    expect(url).not.toBeNull();
    const file = new URL(url!);
    expect(((await import(`${url}?first`)) as { stated: string }).stated).toBe("one");
    expect(existsSync(new URL("worker-boot.mjs", url!))).toBe(true);

    const builtAt = statSync(file).mtimeMs;
    expect(await bundledScript(main, project)).toBe(url);
    expect(statSync(file).mtimeMs).toBe(builtAt);

    writeFileSync(dep, 'export const value: string = "two, changed";\n');
    expect(await bundledScript(main, project)).toBe(url);
    expect(readFileSync(file, "utf8")).toContain("two, changed");
    expect(((await import(`${url}?second`)) as { stated: string }).stated).toBe("two, changed");
  });

  it("are built again when one of them is missing", async () => {
    const { project, main } = smallProject();
    const worker = new URL("worker-boot.mjs", (await bundledScript(main, project))!);
    rmSync(worker);
    await bundledScript(main, project);
    expect(existsSync(worker)).toBe(true);
  });

  it("are not made for other scripts, nor from sources that do not build (those run through tsx)", async () => {
    const { root, project, main, dep } = smallProject();
    expect(await bundledScript(join(root, "src", "dep.ts"), project)).toBeNull();
    writeFileSync(dep, "export const value: string = ;\n");
    expect(await bundledScript(main, project)).toBeNull();
  });

  it("the command line's bundle, with workers, gives the bytes of the sources run in this process", async () => {
    const files = corpusFiles().filter((f) => !f.includes("/hostile/"));
    const lines = execFileSync(process.execPath, [...EXTRACT_NODE_ARGS, "pipeline/cli.ts", "--jsonl", "--quiet", "--workers", "2", ...files], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
    expect(lines).toHaveLength(files.length);
    for (const [i, path] of files.entries()) expect(`${lines[i]}\n`, path).toBe(serialize(await processFile(path), false));
  });
});
