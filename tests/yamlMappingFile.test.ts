/**
 * The loader of the YAML mapping collections (src/content/yamlMappingFile.ts) against a file of
 * its own and a content store of its own: what it keeps, what it checks again and what it refuses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { yamlMappingFile } from "@/content/yamlMappingFile";
import { loaderContext } from "./helpers/loader";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const FILE = "content/gazetteer/places.yaml";
const PLACES = "kabul:\n  name: Kabul\nbazarak:\n  name: Bazarak\n";

/** A project folder with `text` as the places file, and the loader over a store of its own. */
function project(text: string | undefined) {
  const root = mkdtempSync(join(tmpdir(), "panjshir-yaml-loader-"));
  made.push(root);
  mkdirSync(join(root, "content/gazetteer"), { recursive: true });
  const file = join(root, FILE);
  const write = (yaml: string) => writeFileSync(file, yaml);
  if (text !== undefined) write(text);
  const { entries, parsed, logged, watcher, load: run } = loaderContext(root);
  const load = (watch = false) => run(yamlMappingFile(FILE), watch);
  return { file, write, entries, parsed, logged, watcher, load };
}

test("keeps each entry's id, data and file", async () => {
  const { entries, load } = project(PLACES);
  await load();
  expect([...entries.keys()]).toEqual(["kabul", "bazarak"]);
  expect(entries.get("kabul")).toMatchObject({ id: "kabul", data: { name: "Kabul" }, filePath: FILE });
});

test("checks again only the entries whose data changed, and drops those gone from the file", async () => {
  const { write, entries, parsed, load } = project(PLACES);
  await load();
  parsed.length = 0;
  await load();
  expect(parsed).toEqual([]);
  write("kabul:\n  name: Kabul city\npanjshir:\n  name: Panjshir\n");
  await load();
  expect(parsed).toEqual(["kabul", "panjshir"]);
  expect([...entries.keys()]).toEqual(["kabul", "panjshir"]);
  expect(entries.get("kabul")?.data).toEqual({ name: "Kabul city" });
});

test("an unchanged file is not read into the collection again, unless the collection was cleared", async () => {
  const { entries, parsed, load } = project(PLACES);
  await load();
  // Were the file parsed again, this entry's digest would not match and it would be checked.
  entries.set("kabul", { ...entries.get("kabul"), digest: "stale" });
  parsed.length = 0;
  await load();
  expect(parsed).toEqual([]);
  entries.clear();
  await load();
  expect(parsed).toEqual(["kabul", "bazarak"]);
});

test.each<[string, string | undefined, RegExp]>([
  [
    "a missing file",
    undefined,
    /places\.yaml: the file is missing\. Create it as a YAML mapping of id: entry/,
  ],
  ["bad YAML", "kabul:\n  name: [Kabul\n", /places\.yaml:\d+:\d+: .*Fix the YAML syntax there/],
  [
    "a duplicated id",
    "kabul:\n  name: A\nkabul:\n  name: B\n",
    /places\.yaml:3:1: duplicated mapping key.*An id may appear only once/,
  ],
  ["a list, not a mapping", "- kabul\n", /places\.yaml: the file must be a YAML mapping of id: entry/],
])("%s fails naming the file and the fix", async (_, text, message) => {
  const { entries, load } = project(text);
  await expect(load()).rejects.toThrow(message);
  expect(entries.size).toBe(0);
});

test("under astro dev, an edited file updates the collection, and a broken one is said, not fatal", async () => {
  const { file, write, entries, logged, watcher, load } = project(PLACES);
  await load(true);
  const changed = (text: string) =>
    new Promise<void>((resolve) => {
      write(text);
      const before = logged.length;
      watcher.emit("change", file);
      const wait = () => (logged.length > before ? resolve() : setImmediate(wait));
      wait();
    });
  await changed("kabul:\n  name: Kabul\n");
  expect([...entries.keys()]).toEqual(["kabul"]);
  expect(logged.at(-1)).toBe(`Reloaded ${FILE}`);
  await changed("kabul:\n  name: [Kabul\n");
  expect(logged.at(-1)).toMatch(/places\.yaml:\d+:\d+/);
  expect([...entries.keys()]).toEqual(["kabul"]);
});
