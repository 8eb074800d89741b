/**
 * The reports collection's loader (src/content/reportFiles.ts) against a folder of report files
 * and a content store of its own: what it keeps, what it reads again and what it refuses.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { reportFiles } from "@/content/reportFiles";
import { loaderContext } from "./helpers/loader";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const report = (title: string, body = "Kabul fell.") =>
  `---\ntitle: "${title}"\npublished: { date: "2021-09-03" }\n---\n\n${body}\n`;

/** A project folder with `files` in content/reports/, and the loader over a store of its own. */
function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "panjshir-loader-"));
  made.push(root);
  const reports = join(root, "content/reports");
  mkdirSync(reports, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(reports, name), text);
  const { entries, parsed, logged, watcher, load: run } = loaderContext(root);
  const load = (watch = false) => run(reportFiles("content/reports"), watch);
  return { reports, entries, parsed, logged, watcher, load };
}

test("keeps each report's id, file, digest and frontmatter, and neither its text nor its HTML", async () => {
  const { entries, load } = project({
    "b-report.md": report("B"),
    "a-report.md": report("A", "Massoud spoke."),
  });
  await load();
  expect([...entries.keys()]).toEqual(["a-report", "b-report"]);
  const entry = entries.get("a-report")!;
  expect(entry.filePath).toBe("content/reports/a-report.md");
  expect(entry.data).toEqual({ title: "A", published: { date: "2021-09-03" } });
  expect(Object.keys(entry).sort()).toEqual(["data", "digest", "filePath", "id"]);
  expect(JSON.stringify(entry)).not.toContain("Massoud");
});

test("a second load reads only what changed, and drops the entry of a deleted file", async () => {
  const { reports, entries, parsed, load } = project({
    "a-report.md": report("A"),
    "b-report.md": report("B"),
    "c-report.md": report("C"),
  });
  await load();
  parsed.length = 0;
  writeFileSync(join(reports, "b-report.md"), report("B, corrected"));
  unlinkSync(join(reports, "c-report.md"));
  await load();
  expect(parsed).toEqual(["b-report"]);
  expect([...entries.keys()].sort()).toEqual(["a-report", "b-report"]);
  expect(entries.get("b-report")!.data).toMatchObject({ title: "B, corrected" });
});

test("frontmatter that is not YAML fails naming the file, the line and the fix", async () => {
  const { load } = project({
    "a-report.md": '---\ntitle: "A"\npublished: { date: "2021-09-03"\n---\n\nText.\n',
  });
  await expect(load()).rejects.toThrow(
    /^content\/reports\/a-report\.md:\d+:\d+: the frontmatter is not valid YAML \(.+\)\. Correct the YAML between the two --- lines/,
  );
});

test("a file name that cannot be an id fails naming the file and the fix", async () => {
  const { load } = project({ "A Report.md": report("A") });
  await expect(load()).rejects.toThrow(
    /^content\/reports\/A Report\.md: a report's file name is its id .* Rename the file in lowercase letters, digits and hyphens/,
  );
});

test("under astro dev, an edit, a new file and a deletion update the store; a broken edit is logged", async () => {
  const { reports, entries, logged, watcher, load } = project({ "a-report.md": report("A") });
  await load(true);
  const a = join(reports, "a-report.md");
  const b = join(reports, "b-report.md");
  const settle = (event: string, path: string) =>
    Promise.all(watcher.listeners(event).map((listener) => (listener as (p: string) => unknown)(path)));
  writeFileSync(a, report("A, edited"));
  await settle("change", a);
  writeFileSync(b, report("B"));
  await settle("add", b);
  expect(entries.get("a-report")!.data).toMatchObject({ title: "A, edited" });
  expect(entries.get("b-report")!.data).toMatchObject({ title: "B" });
  writeFileSync(b, "---\ntitle: [\n---\n");
  await settle("change", b);
  expect(logged.join("\n")).toMatch(/b-report\.md:\d+:\d+: the frontmatter is not valid YAML/);
  await settle("unlink", b);
  await settle("change", join(reports, "notes.txt"));
  expect([...entries.keys()]).toEqual(["a-report"]);
});
