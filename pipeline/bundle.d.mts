// Types of pipeline/bundle.mjs, which is plain JavaScript so that it runs before any TypeScript loader.
export interface BundleProject {
  root: string;
  cache: string;
  scripts: string[];
  worker: { name: string; source: string };
  external: string[];
}
export function bundledScript(scriptPath: string, project?: BundleProject): Promise<string | null>;
