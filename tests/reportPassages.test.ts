/**
 * The passages kept between builds (src/content/reportPassages.ts): a report whose file is
 * unchanged gets back the passages and mentions the last build read, through any number of
 * rebuilds; a changed file, or changed site inputs, get nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { storedPassages } from "@/content/reportPassages";
import { buildCorpus } from "@/lib/corpus";
import type { CorpusInput, Report } from "@/lib/corpus/types";
import { setPageCacheBuild } from "@/lib/pageCache";
import { loadContent } from "./helpers/content";

const dir = mkdtempSync(join(tmpdir(), "panjshir-passages-"));
const folder = pathToFileURL(`${dir}/`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => setPageCacheBuild(undefined));

/** A build of `inputs` (the site-wide digest) for the page cache, as `astro build` starts one. */
const building = (inputs: string) => setPageCacheBuild({ inputs, previous: new Map(), pages: new Map() });
/** Every report's file digest: its id and a version. */
const filesOf = (reports: readonly Report[], version: (id: string) => string) =>
  new Map(reports.map((r) => [r.id, `${r.id}@${version(r.id)}`]));
/** The real content, each report with a digest of its text. */
const content = (): CorpusInput => {
  const input = loadContent();
  for (const r of input.reports) r.digest = `text of ${r.id}`;
  return input;
};
/** What a report's passages hold, for comparison. */
const held = (passages: readonly { anchor: string; text: string; mentions?: unknown }[]) =>
  passages.map(({ anchor, text, mentions }) => ({ anchor, text, mentions }));

describe("the passages kept between builds", () => {
  const first = buildCorpus(content());
  const [edited, ...others] = first.reports;
  /** The first build of the site: every report read, its passages saved (files at version 1). */
  const firstBuild = () => {
    building("site v1");
    storedPassages(folder).save(
      first.reports,
      filesOf(first.reports, () => "1"),
    );
  };

  test("an unchanged file's passages and mentions come back, through rebuild after rebuild", () => {
    firstBuild();
    // A rebuild after one report's file changed: the others come from the store…
    building("site v1");
    const second = storedPassages(folder);
    for (const r of others) {
      const kept = second.get(r.id, `${r.id}@1`)!;
      expect(kept.digest).toBe(r.digest);
      expect(held(kept.passages)).toEqual(held(r.passages));
    }
    expect(second.get(edited!.id, `${edited!.id}@2`)).toBeUndefined();
    second.save(
      first.reports,
      filesOf(first.reports, (id) => (id === edited!.id ? "2" : "1")),
    );
    // …and, written back, come again in the next one, the edited report with its new file.
    building("site v1");
    const third = storedPassages(folder);
    for (const r of first.reports) {
      const kept = third.get(r.id, `${r.id}@${r === edited ? 2 : 1}`)!;
      expect(held(kept.passages)).toEqual(held(r.passages));
    }
  });

  test("nothing is kept for other site inputs, or outside a build", () => {
    firstBuild();
    building("site v2");
    expect(storedPassages(folder).get(edited!.id, `${edited!.id}@1`)).toBeUndefined();
    setPageCacheBuild(undefined);
    expect(storedPassages(folder).get(edited!.id, `${edited!.id}@1`)).toBeUndefined();
  });
});
