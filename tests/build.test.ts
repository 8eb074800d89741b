/**
 * The real build against fixture content: a valid folder builds, and each kind of broken
 * content fails `astro build` with a message naming the file, the field and the fix.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, test } from "vitest";

const ROOT = new URL("../", import.meta.url).pathname;
const FIXTURES = join(ROOT, "tests/fixtures/valid");
const made: string[] = [];

/** A throwaway copy of the project whose content is the valid fixtures, changed by `edit`. */
function projectWith(edit: (content: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "panjshir-build-"));
  made.push(dir);
  for (const entry of ["package.json", "astro.config.mjs", "tsconfig.json", "src", "public"]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  cpSync(FIXTURES, join(dir, "content"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  edit(join(dir, "content"));
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/astro.js"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  // Astro colours some messages even without a TTY; strip the escapes before matching.
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}

function replaceIn(path: string, from: string | RegExp, to: string): void {
  const before = readFileSync(path, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit found nothing to replace in ${path}`);
  writeFileSync(path, after);
}

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("astro build over fixture content", { timeout: 120_000 }, () => {
  test("valid content builds", () => {
    const result = build(projectWith(() => {}));
    expect(result.output).toContain("Complete!");
    expect(result.status).toBe(0);
  });

  test("a gazetteer change alone re-renders the report links", () => {
    const dir = projectWith(() => {});
    expect(build(dir).status).toBe(0);
    const page = () => readFileSync(join(dir, "dist/reports/first-report/index.html"), "utf8");
    expect(page()).toContain('href="/places/kabul/"');
    // Kabul's id changes; no report file changes. Astro's cache alone would keep the old link.
    replaceIn(join(dir, "content/gazetteer/places.yaml"), /^kabul:/m, "kabul-city:");
    replaceIn(join(dir, "content/events.yaml"), "involves: [kabul]", "involves: [kabul-city]");
    expect(build(dir).status).toBe(0);
    expect(page()).toContain('href="/places/kabul-city/"');
    expect(page()).not.toContain('href="/places/kabul/"');
  });

  test.each<[string, (content: string) => void, RegExp[]]>([
    [
      "a report without a title",
      (c) => replaceIn(join(c, "reports/first-report.md"), /^title: .*\n/m, ""),
      [/first-report/, /title/, /Copy the headline exactly as the source document gives it/],
    ],
    [
      "a report with an unknown key",
      (c) => replaceIn(join(c, "reports/first-report.md"), "title:", "byline: someone\ntitle:"),
      [/first-report/, /Unknown field "byline": remove it or fix the spelling/],
    ],
    [
      "a report with an impossible date",
      (c) => replaceIn(join(c, "reports/first-report.md"), '"2021-09-03"', '"2021-02-30"'),
      [/first-report/, /published\.date/, /Not a real calendar day/],
    ],
    [
      "a place with a latitude out of range",
      (c) => replaceIn(join(c, "gazetteer/places.yaml"), "lat: 34.53", "lat: 134.53"),
      [/kabul/, /coordinates\.lat/, /Give lat as a number of degrees from -90 to 90/],
    ],
    [
      "a duplicated gazetteer id",
      (c) => replaceIn(join(c, "gazetteer/places.yaml"), /^kabul:/m, "kabul:\n  name: Kabul\nkabul:"),
      [/content\/gazetteer\/places\.yaml:\d+:\d+/, /duplicated mapping key/, /An id may appear only once/],
    ],
    [
      "an alias claimed by two entries",
      (c) => replaceIn(join(c, "gazetteer/organisations.yaml"), "aliases: [NRF]", "aliases: [NRF, Dashty]"),
      [/"Dashty" is claimed by fahim-dashty .*nrf/, /A name may identify one entry only/],
    ],
    [
      "a citation quote not in its report",
      (c) =>
        replaceIn(join(c, "events.yaml"), "repelled an attack on Tuesday night", "repelled a big attack"),
      [/content\/events\.yaml → tuesday-attack → citations\[0\]\.quote/, /is not in report "first-report"/],
    ],
  ])("%s fails the build naming the file, the field and the fix", (_label, breakIt, messages) => {
    const result = build(projectWith(breakIt));
    expect(result.status).not.toBe(0);
    for (const message of messages) expect(result.output).toMatch(message);
  });
});
