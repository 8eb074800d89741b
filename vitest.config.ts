/// <reference types="vitest/config" />
// Vitest through Astro's Vite config, so tests resolve `astro:content`, `@/` and the schemas
// exactly as the build does. Two projects: `unit` (logic, content and fixture builds; needs no
// build of the site) and `built` (reads the built HTML of dist/ and of the sub-path build).
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    environment: "node",
    // One module graph for all the test files of a worker: loading Astro's Vite plugins afresh
    // for every file was most of the unit tests' time. No test relies on a fresh module state.
    isolate: false,
    // A cap for a test that hangs, not a timing: npm test runs the unit tests beside the browser
    // tests, and on a loaded machine a test of a second (drawing a crowded map) took nine.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/*.test.ts"] } },
      { extends: true, test: { name: "built", include: ["tests/built/*.test.ts"] } },
    ],
  },
});
