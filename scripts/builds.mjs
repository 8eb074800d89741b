// The builds that the tests read besides dist/: the site under a sub-path with a public origin,
// as on a GitHub project page. `node scripts/builds.mjs sub-path` writes it.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../", import.meta.url).pathname;

/** The sub-path build: every absolute URL in it must start with `${origin}${base}`. */
export const SUB_PATH = {
  origin: "https://example.org",
  base: "/panjshir-2021/",
  /** What a web server would serve as its root: the build sits in `base` below it. */
  serverRoot: join(ROOT, "node_modules/.cache/panjshir-sub-path"),
};

/** The folder the sub-path build is written to. */
export const subPathOutDir = () => join(SUB_PATH.serverRoot, SUB_PATH.base);

if (process.argv[2] === "sub-path") {
  rmSync(SUB_PATH.serverRoot, { recursive: true, force: true });
  const env = {
    ...process.env,
    SITE_URL: SUB_PATH.origin,
    BASE_PATH: SUB_PATH.base,
    // Its own content store: npm test runs this build beside the unit tests, whose Astro (with
    // no origin, so another config digest) would clear a shared store mid-build and leave
    // collections empty.
    ASTRO_CACHE_DIR: join(ROOT, "node_modules/.cache/panjshir-sub-path-astro/"),
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  const run = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/astro/astro.js"), "build", "--outDir", subPathOutDir()],
    {
      cwd: ROOT,
      stdio: "inherit",
      env,
    },
  );
  process.exit(run.status ?? 1);
}
