import pkg from "../package.json" with { type: "json" };
import { REGISTRY_VERSION } from "../extractors/registry.ts";

/** Changes whenever code or registry change what a record holds; records carry it. */
export const PIPELINE_VERSION = `${pkg.version}+registry.${REGISTRY_VERSION}`;
