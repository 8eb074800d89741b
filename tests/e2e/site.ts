/** Facts about the real build that the browser tests walk. */
import { readdirSync, statSync } from "node:fs";
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
