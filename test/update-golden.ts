// npm run golden:update — rewrites test/golden/ from the current pipeline; review the diff before committing.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { processFile } from "../pipeline/pipeline.ts";
import { serialize } from "../pipeline/emit.ts";
import { GOLDEN_DIR, corpusFiles, goldenPath } from "./corpus-files.ts";

mkdirSync(GOLDEN_DIR, { recursive: true });
const files = corpusFiles();
const wanted = new Set(files.map(goldenPath));
for (const name of readdirSync(GOLDEN_DIR)) {
  const path = `${GOLDEN_DIR}/${name}`;
  if (!wanted.has(path)) rmSync(path);
}
for (const file of files) writeFileSync(goldenPath(file), serialize(await processFile(file)));
process.stderr.write(`wrote ${files.length} golden records to ${GOLDEN_DIR}/\n`);
