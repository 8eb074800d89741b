/**
 * The real build against fixture content: a valid folder builds (once, shared by the tests that
 * need it), and each kind of broken content fails `astro build` with a message naming the file,
 * the field and the fix. Builds are child processes awaited asynchronously, so the test worker
 * stays responsive, and the failing ones run side by side, as many as the machine has cores.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withoutPublicOrigin } from "@/lib/publicOrigin";
import { filesUnder } from "./helpers/files";

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
  // Every package, but not the caches (Astro's content store, Vite's deps): each copy has its own,
  // so builds running side by side never write the same file.
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (!name.startsWith(".")) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  edit(join(dir, "content"));
  return dir;
}

let running = 0;
const waiting: (() => void)[] = [];

/** `astro build` in `dir`, at most one per core at a time, at the root and without any public origin but `origin`. */
async function build(dir: string, origin?: string): Promise<{ status: number | null; output: string }> {
  if (running >= availableParallelism()) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    const env = {
      ...withoutPublicOrigin(process.env),
      ...(origin ? { SITE_URL: origin } : {}),
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
      FORCE_COLOR: "0",
    };
    const child = spawn(process.execPath, [join(ROOT, "node_modules/astro/astro.js"), "build"], {
      cwd: dir,
      env,
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const status = await new Promise<number | null>((done) => child.on("close", done));
    // Astro colours some messages even without a TTY; strip the escapes before matching.
    return { status, output: stripVTControlCharacters(output) };
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function replaceIn(path: string, from: string | RegExp, to: string): void {
  const before = readFileSync(path, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit found nothing to replace in ${path}`);
  writeFileSync(path, after);
}

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("astro build over fixture content", { timeout: 240_000 }, () => {
  // The one valid build: "valid content builds" reads it, the gazetteer test rebuilds it after.
  const valid = { dir: "", result: { status: null as number | null, output: "" } };
  beforeAll(async () => {
    valid.dir = projectWith(() => {});
    valid.result = await build(valid.dir);
  }, 240_000);

  test("valid content builds, and without a public origin says so and writes no localhost", () => {
    expect(valid.result.output).toContain("Complete!");
    expect(valid.result.status).toBe(0);
    expect(valid.result.output).toContain("No public origin is known: set SITE_URL");
    const dist = join(valid.dir, "dist");
    const withLocalhost = filesUnder(dist).filter((file) =>
      /localhost|127\.0\.0\.1/.test(readFileSync(join(dist, file), "utf8")),
    );
    expect(withLocalhost).toEqual([]);
    expect(readFileSync(join(dist, "reports/first-report/index.html"), "utf8")).not.toContain(
      'rel="canonical"',
    );
  });

  test.concurrent("a gazetteer change alone re-renders the report links", async () => {
    const dir = valid.dir;
    expect(valid.result.status).toBe(0);
    const page = () => readFileSync(join(dir, "dist/reports/first-report/index.html"), "utf8");
    expect(page()).toContain('href="/places/kabul/"');
    // Kabul's id changes; no report file changes. A cache of rendered report text would keep the old link.
    replaceIn(join(dir, "content/gazetteer/places.yaml"), /^kabul:/m, "kabul-city:");
    replaceIn(join(dir, "content/events.yaml"), "involves: [kabul]", "involves: [kabul-city]");
    const rebuilt = await build(dir);
    expect(rebuilt.status, rebuilt.output.slice(-3000)).toBe(0);
    expect(page()).toContain('href="/places/kabul-city/"');
    expect(page()).not.toContain('href="/places/kabul/"');
  });

  test.concurrent(
    "a rebuild after editing reports renders only what changed and writes what a full build writes",
    async () => {
      const edit = (content: string) => {
        replaceIn(
          join(content, "reports/second-report.md"),
          "with 7 or 8 Taliban killed.",
          "with 7 or 8 Taliban killed. Roads were closed.",
        );
        replaceIn(
          join(content, "reports/first-report.md"),
          /^title: .*$/m,
          'title: "Fighting reported in the Panjshir valley"',
        );
      };
      // With a public origin, so that the sitemap (which lists kept pages too) is compared as well.
      const origin = "https://example.org";
      const rebuilt = projectWith(() => {});
      const first = await build(rebuilt, origin);
      expect(first.status, first.output.slice(-3000)).toBe(0);
      expect(first.output).toContain("Rendering every page");
      edit(join(rebuilt, "content"));
      const again = await build(rebuilt, origin);
      expect(again.status, again.output.slice(-3000)).toBe(0);
      const [, kept, rendered] =
        /(\d+) pages and files kept from the last build, (\d+) rendered/.exec(again.output) ?? [];
      expect(Number(kept)).toBeGreaterThan(0);
      expect(Number(rendered)).toBeGreaterThan(0);

      const fresh = projectWith(edit);
      const full = await build(fresh, origin);
      expect(full.status, full.output.slice(-3000)).toBe(0);
      const files = filesUnder(join(fresh, "dist"));
      expect(filesUnder(join(rebuilt, "dist"))).toEqual(files);
      expect(files).toContain("sitemap-0.xml");
      const differing = files.filter(
        (file) => !readFileSync(join(rebuilt, "dist", file)).equals(readFileSync(join(fresh, "dist", file))),
      );
      expect(differing).toEqual([]);
      expect(readFileSync(join(rebuilt, "dist/reports/second-report/index.html"), "utf8")).toContain(
        "Roads were closed.",
      );
    },
  );

  test.concurrent.each<[string, (content: string) => void, RegExp[]]>([
    [
      "a report without a title",
      (c) => replaceIn(join(c, "reports/first-report.md"), /^title: .*\n/m, ""),
      [/first-report/, /title/, /Copy the headline exactly as the source document gives it/],
    ],
    [
      "a report whose frontmatter is not YAML",
      (c) => replaceIn(join(c, "reports/first-report.md"), "  name: Example News", "  name: [Example News"),
      [/content\/reports\/first-report\.md:\d+:\d+: the frontmatter is not valid YAML/, /Correct the YAML/],
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
      // Four problems only the corpus sees, in one build: every one is reported at once.
      "an alias claimed by two entries, a quote not in its report, a claim by an unknown party and a count whose bounds cross",
      (c) => {
        replaceIn(join(c, "gazetteer/organisations.yaml"), "aliases: [NRF]", "aliases: [NRF, Dashty]");
        const events = join(c, "events.yaml");
        replaceIn(events, "repelled an attack on Tuesday night", "repelled a big attack");
        replaceIn(events, /party: nrf\n {6}when: Tuesday night/, "party: rebels\n      when: Tuesday night");
        replaceIn(events, "count: { min: 7, max: 8 }", "count: { min: 8, max: 7 }");
      },
      [
        /The content has 4 problems/,
        /"Dashty" is claimed by fahim-dashty .*nrf.*A name may identify one entry only/,
        /content\/events\.yaml → tuesday-attack → citations\[0\]\.quote: .*is not in report "first-report"/,
        /content\/events\.yaml → tuesday-attack → citations\[0\]\.party: No party "rebels"/,
        /content\/events\.yaml → monday-fighting → .*count/,
      ],
    ],
    [
      "a report whose source document is missing",
      (c) => rmSync(join(c, "sources/901_fixture.txt")),
      [/second-report\.md/, /provenance\.seedFile "901_fixture\.txt" is not in content\/sources\//],
    ],
  ])("%s fails the build naming the file, the field and the fix", async (_label, breakIt, messages) => {
    const result = await build(projectWith(breakIt));
    expect(result.status).not.toBe(0);
    for (const message of messages) expect(result.output).toMatch(message);
  });
});
