import type { KnipConfig } from "knip";

/** Dead files, exports and dependencies (`npx knip`, part of `npm run lint`). */
const config: KnipConfig = {
  // Injected by astro.config.mjs only when the build knows its public origin.
  entry: ["src/routes/rss.xml.ts", "scripts/vite-node.config.ts"],
  // The benchmarks' Lighthouse is a package of its own, installed on first use.
  ignore: ["scripts/bench/lighthouse/**"],
  // The HTML check runs the Nu checker's jar with the system's Java.
  ignoreBinaries: ["java"],
  // A type named by an exported signature stays exported so callers can name it too; values
  // used only inside their module are not exported.
  // Test files are found by name; loading vitest.config.ts would start Astro and repeat its
  // build warnings.
  vitest: { config: [], entry: ["vitest.config.ts", "tests/**/*.test.ts"] },
  ignoreExportsUsedInFile: { interface: true, type: true },
};

export default config;
