/** Facts about the real build that the browser tests walk. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const DIST = new URL("../../dist/", import.meta.url).pathname;

/** Every page of the built site, as a path relative to the base ("", "reports/x/", "404.html"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html")) pages.push(relative(DIST, path).replace(/index\.html$/, ""));
    }
  };
  walk(DIST);
  return pages.sort();
}

/** Pages meant for reading: they must ship no JavaScript. */
export const readingPages = () => builtPages().filter((p) => p !== "search/");

/** Every page the sitemap lists, as a path relative to the base. */
export function sitemapPages(): string[] {
  const files = readdirSync(DIST).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const locs = files.flatMap((file) =>
    [...readFileSync(join(DIST, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    ),
  );
  const base = new URL(locs.find((l) => !l.slice(1).includes("/")) ?? "/", "http://x").pathname;
  return locs.map((path) => path.slice(base.length)).sort();
}
