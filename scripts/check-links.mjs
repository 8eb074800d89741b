// Crawls every page of the two builds that `npm test` makes, the site at a domain's root (dist/)
// and under a sub-path as on a GitHub project page (`npm run build:sub-path`), with linkinator,
// and fails on any broken link or any internal link that escapes the base path. Builds nothing.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { LinkChecker } from "linkinator";
import { SUB_PATH } from "./builds.mjs";

const PORT = Number(process.env.LINKS_PORT ?? 4388);
const SERVER = `http://localhost:${PORT}`;
const DEPLOYS = [
  { name: "root (dist/)", serverRoot: "dist", base: "/", needs: "npm run build" },
  {
    name: `sub-path (${SUB_PATH.base})`,
    serverRoot: SUB_PATH.serverRoot,
    base: SUB_PATH.base,
    needs: "npm run build:sub-path",
  },
];

let failed = false;
for (const { name, serverRoot, base, needs } of DEPLOYS) {
  if (!existsSync(join(serverRoot, base, "index.html"))) {
    console.error(`${name}: no build to crawl; run \`${needs}\` first.`);
    process.exit(1);
  }
  const checker = new LinkChecker();
  const escapes = [];
  const pages = new Set();
  checker.on("link", (link) => {
    // linkinator reports links on its own server relative to the server root.
    const url = new URL(link.url, `${SERVER}/`);
    if (url.origin !== SERVER) return;
    if (link.parent && !url.pathname.startsWith(base)) escapes.push(`${link.url} (on ${link.parent})`);
    if (link.state === "OK" && /\/$|\.html$/.test(url.pathname)) pages.add(url.pathname);
  });
  const result = await checker.check({
    // Relative to serverRoot: the crawl starts at the base path, as a visitor would.
    path: base.slice(1) || "./",
    serverRoot,
    port: PORT,
    recurse: true,
    concurrency: 20,
    // Only this site's own pages: the crawl never leaves the machine.
    linksToSkip: async (link) => !link.startsWith(SERVER),
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
