// `npm run screenshots`: pictures of the design for review without a build. Serves dist/ (build
// first), opens one page of every type at 1280 and 390 px wide, in light and dark, and writes the
// first screen of each (the chronology up to five screens, to show its length) to docs/screenshots/, with an
// index page. Each run replaces the folder's pictures.
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "./bench/browser.mjs";
import { serveStatic } from "./bench/server.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "docs/screenshots");
const PORT = 4391;
const WIDTHS = [
  [1280, 800],
  [390, 844],
];
const SCHEMES = ["light", "dark"];

/** The first page (by name) in a folder of the build: one example of its page type. */
function firstIn(folder) {
  const names = readdirSync(join(DIST, folder), { withFileTypes: true }).filter((d) => d.isDirectory());
  if (names.length === 0)
    throw new Error(`dist/${folder}/ has no pages: build the site first (npm run build).`);
  return `${folder}/${names.map((d) => d.name).sort()[0]}/`;
}

if (!existsSync(join(DIST, "index.html"))) {
  console.error("No build in dist/: run npm run build first.");
  process.exit(1);
}

/** Page type, path, and whether to capture the whole page rather than its first screen. */
const PAGES = [
  ["home", "", false],
  ["reports", "reports/", false],
  ["report", firstIn("reports"), false],
  ["chronology", "chronology/", true],
  ["claims", "claims/", false],
  ["people", "people/", false],
  ["person", firstIn("people"), false],
  ["places", "places/", false],
  ["place", firstIn("places"), false],
  ["organisation", firstIn("organisations"), false],
  ["search", "search/?q=Masood", false],
  ["not-found", "no-such-page/", false],
];

const server = await serveStatic(DIST, PORT);
const browser = await launchBrowser();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const rows = [];
try {
  for (const [width, height] of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      for (const [type, path, fullPage] of PAGES) {
        await page.goto(`http://127.0.0.1:${PORT}/${path}`, { waitUntil: "networkidle" });
        // JPEG at quality 85: a fifth of the PNG size, and text stays sharp enough to judge the design.
        const file = `${type}-${width}-${colorScheme}.jpg`;
        // A whole page is cut at five screens: enough to judge its length against the design's goal.
        const whole = await page.evaluate(() => document.documentElement.scrollHeight);
        const clip = { x: 0, y: 0, width, height: fullPage ? Math.min(whole, 5 * height) : height };
        await page.screenshot({
          path: join(OUT, file),
          type: "jpeg",
          quality: 85,
          fullPage,
          clip,
          animations: "disabled",
        });
        rows.push(
          `| ${type} | \`/${path}\` | ${width} px | ${colorScheme} | ![${type}, ${width} px, ${colorScheme}](${file}) |`,
        );
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(
  join(OUT, "README.md"),
  `# Screenshots\n\nWritten by \`npm run screenshots\` from the build in \`dist/\`: the first screen of one page of every type (the chronology up to five screens), at 1280 and 390 px wide, in light and dark.\n\n| page type | path | width | scheme | picture |\n| --- | --- | --- | --- | --- |\n${rows.join("\n")}\n`,
);
console.log(`${rows.length} screenshots in docs/screenshots/`);
