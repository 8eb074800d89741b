/**
 * The server bundle of a static build made without tree-shaking. That bundle renders the pages
 * once, on the machine that builds them, and is then deleted: removing its unused code only
 * costs time (about 0.45 s of the 4 s of server bundling in every build, a tenth of a
 * 1,000-report rebuild; docs/BENCHMARKS.md). The pages it renders are the same, byte for byte.
 * The browser's scripts are still tree-shaken, and so is a server bundle that is deployed (a
 * server output, or an adapter) and `astro dev` is not concerned.
 */
import type { AstroIntegration } from "astro";
import { staticBuildPlugin } from "./staticBuildPlugin";

/** The integration: a Vite plugin that turns tree-shaking off for the server build only. */
export function serverBundleUnshaken(): AstroIntegration {
  return staticBuildPlugin("panjshir-server-bundle-unshaken", () => ({
    config: (_config: unknown, env: { isSsrBuild?: boolean }) =>
      env.isSsrBuild ? { build: { rollupOptions: { treeshake: false } } } : undefined,
  }));
}
