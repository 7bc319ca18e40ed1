// The command line and the benchmark run from bundles of the TypeScript sources: for each entry point, one file of
// plain JavaScript and one for its worker threads, built with esbuild into a folder of its own under
// node_modules/.cache/news-signal and built again whenever a file that went into them has changed. Loading one
// bundle spares the main thread and every worker tsx's require hook and the resolution of each module file (zod
// alone is ~80), which was ~0.3 s of a cold start on one article. Plain JavaScript, so that it runs before any
// TypeScript loader.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** What gets bundled, and where the bundles go (tests use a project of their own). */
const PROJECT = {
  root: ROOT,
  cache: join(ROOT, "node_modules", ".cache", "news-signal"),
  /** The scripts worth a bundle: the two whose start-up and speed users meet. Others run through tsx. */
  scripts: ["pipeline/cli.ts", "pipeline/bench.ts"],
  /**
   * The worker pool starts `./worker-boot.mjs` beside the module it is in (pipeline/worker-pool.ts): in the sources
   * that is the tsx loader for pipeline/worker.ts, and beside a bundle it must be the worker's own bundle.
   */
  worker: { name: "worker-boot", source: "pipeline/worker.ts" },
  /** Packages loaded only for some inputs (cheerio for HTML) stay out of the bundles and load from node_modules. */
  external: ["cheerio"],
};

const MANIFEST = "manifest.json";

const bundleName = (script) => `${basename(script, ".ts")}-${createHash("sha256").update(script).digest("hex").slice(0, 8)}`;

/** The last build's outputs are there, and its inputs have the sizes and modification times its manifest recorded. */
function isFresh(dir, project) {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), "utf8"));
    if (manifest.node !== process.version) return false;
    for (const file of manifest.outputs) statSync(join(dir, file));
    return Object.entries(manifest.inputs).every(([path, [size, mtimeMs]]) => {
      const info = statSync(join(project.root, path));
      return info.size === size && info.mtimeMs === mtimeMs;
    });
  } catch {
    return false; // no manifest, or a file gone
  }
}

/**
 * Builds the bundle of `script` (and the workers') unless the last build is still fresh. Each file is written
 * beside its final name and renamed into place, the manifest last, so that concurrent runs never load half a file.
 */
async function build(project, script, name, dir) {
  const { build: esbuild } = await import("esbuild");
  const { worker } = project;
  mkdirSync(dir, { recursive: true });
  const staging = join(dir, `.staging-${process.pid}-${Date.now()}`);
  try {
    const result = await esbuild({
      absWorkingDir: project.root,
      entryPoints: { [name]: script, [worker.name]: worker.source },
      outdir: staging,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      platform: "node",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      external: project.external,
      // CommonJS dependencies bundled into an ES module may still call `require`.
      banner: { js: "import { createRequire as __nsCreateRequire } from 'node:module'; const require = __nsCreateRequire(import.meta.url);" },
      metafile: true,
      logLevel: "silent",
    });
    const inputs = {};
    for (const path of Object.keys(result.metafile.inputs)) {
      const info = statSync(join(project.root, path));
      inputs[path] = [info.size, info.mtimeMs];
    }
    const outputs = [`${name}.mjs`, `${worker.name}.mjs`];
    for (const file of outputs) renameSync(join(staging, file), join(dir, file));
    writeFileSync(join(staging, MANIFEST), JSON.stringify({ script, node: process.version, outputs, inputs }));
    renameSync(join(staging, MANIFEST), join(dir, MANIFEST));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * The URL of an up-to-date bundle of `scriptPath`, or null when it gets none (not a bundled script, or the bundle
 * cannot be built here: then the caller runs the sources through tsx, which reports any error in them).
 */
export async function bundledScript(scriptPath, project = PROJECT) {
  const script = relative(project.root, resolve(scriptPath)).split("\\").join("/");
  if (!project.scripts.includes(script)) return null;
  const name = bundleName(script);
  // Each entry point in a folder of its own, with the workers' bundle it was built with.
  const dir = join(project.cache, name);
  if (!isFresh(dir, project)) {
    try {
      await build(project, script, name, dir);
    } catch {
      return null;
    }
  }
  return pathToFileURL(join(dir, `${name}.mjs`)).href;
}
