import { readdirSync, readFileSync } from "node:fs";
const A = require("/tmp/wtA/pipeline/pipeline.ts") as typeof import("./pipeline.ts");
const B = require("./pipeline.ts") as typeof import("./pipeline.ts");
const dir = "/work/shared/data/news-sample";
const files = readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`)] as const);
let ta = 0, tb = 0;
const passes = Number(process.env.PASSES ?? 5);
for (let pass = 0; pass < passes; pass++) {
  let pa = 0, pb = 0;
  for (const [i, [f, bytes]] of files.entries()) {
    const order = (i + pass) % 2 === 0;
    for (const which of order ? [A, B] : [B, A]) {
      const t = performance.now();
      which.processBytes(f, bytes);
      const dt = performance.now() - t;
      if (which === A) pa += dt; else pb += dt;
    }
  }
  if (pass >= 2) { ta += pa; tb += pb; }
  console.log(`pass ${pass}: old ${pa.toFixed(0)} ms, new ${pb.toFixed(0)} ms, new/old ${(pb / pa).toFixed(3)}`);
}
console.log(`passes 2+: new/old ${(tb / ta).toFixed(3)}`);
