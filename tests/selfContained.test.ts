/**
 * The project carries everything its build, tests and scripts need: no file of code or
 * configuration names a path that leaves the repository (a `../` that climbs above its root, an
 * absolute path into a home or work folder), so a fresh clone on any machine has what it needs.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { filesUnder } from "./helpers/files";

const ROOT = resolve(new URL("../", import.meta.url).pathname);
const SKIP = new Set([
  "node_modules",
  ".git",
  "dist",
  ".astro",
  "test-results",
  "playwright-report",
  "package-lock.json",
]);
const CODE = /\.(ts|mts|mjs|js|cjs|astro|json|yaml|yml|sh)$|^run$|^\.nvmrc$/;

/** Every file of code or configuration in the repository, as absolute paths. */
const codeFiles = () =>
  filesUnder(ROOT, SKIP)
    .filter((f) => CODE.test(basename(f)))
    .map((f) => join(ROOT, f));

/** Relative paths that climb: '../x', "../../y/z", or bare in a command (node ../x, cd ..). */
const RELATIVE_PATH = /(?:^|[\s"'`=(:,])((?:\.\.\/)*\.\.(?:\/[^\s"'`$),;]*)?)(?=$|[\s"'`),;])/gm;
/** Absolute paths into places that exist only on some machine. */
const MACHINE_PATH = /["'`\s=](\/(?:home|Users|root|mnt|srv|opt)\/[^"'`\s]*)/g;

/** The paths in `text` (a file in `dir`) that resolve outside the repository. */
export function escapingPaths(text: string, dir: string): string[] {
  const found: string[] = [];
  for (const [, path] of text.matchAll(RELATIVE_PATH)) {
    // Relative to the file (imports, new URL(..., import.meta.url)) and to the root (npm
    // scripts, commands run from the project): outside on both counts means outside.
    const outside = (from: string) => relative(ROOT, resolve(from, path!)).startsWith("..");
    if (outside(dir) && outside(ROOT)) found.push(path!);
  }
  for (const [, path] of text.matchAll(MACHINE_PATH)) found.push(path!);
  return found;
}

describe("the repository is self-contained", () => {
  test("the check itself sees an escaping path", () => {
    expect(escapingPaths(`readFileSync("../../elsewhere/a.txt")`, join(ROOT, "tests"))).toEqual([
      "../../elsewhere/a.txt",
    ]);
    expect(escapingPaths(`new URL("../content/sources/", import.meta.url)`, join(ROOT, "tests"))).toEqual([]);
    expect(escapingPaths(`const DIR = "/home/someone/seeds";`, ROOT)).toEqual(["/home/someone/seeds"]);
    expect(escapingPaths(`"test": "node ../elsewhere/run.mjs"`, ROOT)).toEqual(["../elsewhere/run.mjs"]);
    expect(escapingPaths(`cd .. && npm test`, ROOT)).toEqual([".."]);
    expect(escapingPaths(`cd "$(dirname "$0")/.."`, join(ROOT, ".ci"))).toEqual([]);
  });

  // This file holds escaping paths on purpose, as examples.
  const files = codeFiles().filter((f) => f !== new URL(import.meta.url).pathname);
  test("there are files to check", () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining(["package.json", "astro.config.mjs", ".ci/run", "tests/content.test.ts"]),
    );
  });

  test.each(files.map((f) => [relative(ROOT, f), f]))(
    "%s names no path outside the repository",
    (_name, file) => {
      expect(escapingPaths(readFileSync(file, "utf8"), dirname(file))).toEqual([]);
    },
  );
});
