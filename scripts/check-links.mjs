// Builds the site twice, at a domain's root and under a sub-path (as on a GitHub project page),
// crawls every page of each build with linkinator, and fails on any broken link or any internal
// link that escapes the base path. Run by `npm test` (as `npm run test:links`).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { LinkChecker } from "linkinator";

const PORT = Number(process.env.LINKS_PORT ?? 4388);
const ORIGIN = `http://localhost:${PORT}`;
const WORK = join(process.cwd(), "node_modules/.cache/panjshir-links");
const DEPLOYS = [
  { name: "root", base: "/" },
  { name: "sub-path", base: "/panjshir-2021/" },
];

let failed = false;
for (const { name, base } of DEPLOYS) {
  const root = join(WORK, name);
  rmSync(root, { recursive: true, force: true });
  const outDir = join(root, base);
  console.log(`\n${name}: building with BASE_PATH=${base} SITE_URL=${ORIGIN}`);
  const build = spawnSync("npx", ["astro", "build", "--outDir", outDir], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BASE_PATH: base, SITE_URL: ORIGIN, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) {
    console.error(`${name}: the build failed`);
    process.exit(1);
  }

  const checker = new LinkChecker();
  const escapes = [];
  const pages = new Set();
  checker.on("link", (link) => {
    // linkinator reports links on its own server relative to the server root.
    const url = new URL(link.url, `${ORIGIN}/`);
    if (url.origin !== ORIGIN) return;
    if (link.parent && !url.pathname.startsWith(base)) escapes.push(`${link.url} (on ${link.parent})`);
    if (link.state === "OK" && /\/$|\.html$/.test(url.pathname)) pages.add(url.pathname);
  });
  const result = await checker.check({
    // Relative to serverRoot: the crawl starts at the base path, as a visitor would.
    path: base.slice(1) || "./",
    serverRoot: root,
    port: PORT,
    recurse: true,
    concurrency: 20,
    // Only this site's own pages: the crawl never leaves the machine.
    linksToSkip: async (link) => !link.startsWith(ORIGIN),
  });
  const broken = result.links.filter((l) => l.state === "BROKEN");
  console.log(
    `${name}: ${result.links.length} links checked on ${pages.size} pages, ${broken.length} broken, ${escapes.length} outside ${base}`,
  );
  for (const link of broken)
    console.error(`  broken: ${link.url} (status ${link.status}, on ${link.parent})`);
  for (const link of escapes) console.error(`  outside the base: ${link}`);
  if (broken.length > 0 || escapes.length > 0 || pages.size < 10) failed = true;
}
process.exit(failed ? 1 : 0);
