/**
 * Astro 5.18's content store (`.astro/data-store.json`) lost the last write when two writes met:
 * a write asked for while another was on disk was retried with the first one's data, and the wait
 * for the store to be saved returned before either had finished. A build could then read a store
 * synced only halfway (a collection empty). `patches/astro+5.18.2.patch` mends it; this test fails
 * if the patch is not applied (upstream: withastro/astro#15672).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, test } from "vitest";
// Not among Astro's package exports: reached by its file, as the build itself loads it.
import { MutableDataStore } from "../node_modules/astro/dist/content/mutable-data-store.js";

const dir = mkdtempSync(join(tmpdir(), "panjshir-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the content store on disk ends with the last data written, once the save is complete", async () => {
  const file = pathToFileURL(join(dir, "data-store.json"));
  const store = await MutableDataStore.fromFile(file);
  store.set("reports", "first", { id: "first" });
  // A save starts with one report; a second report arrives while it is being written.
  const firstSave = store.writeToDisk();
  store.set("reports", "second", { id: "second" });
  await store.waitUntilSaveComplete();
  const saved = readFileSync(file, "utf8");
  expect(saved).toContain("first");
  expect(saved).toContain("second");
  await firstSave;
  expect(readFileSync(file, "utf8")).toContain("second");
});
