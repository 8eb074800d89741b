/** Walking folders of files: the built site, a fixture build, the repository. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file below `dir`, as paths relative to it; folders named in `skip` are not entered. */
export function filesUnder(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (skip.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, skip).map((f) => join(name, f)) : [name];
  });
}

/** Every page of a build in `dir`, as a path relative to its base ("", "reports/x/", "404.html"). */
export const pagesOf = (dir: string): string[] =>
  filesUnder(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.replace(/index\.html$/, ""))
    .sort();
