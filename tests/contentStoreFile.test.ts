/**
 * The server build reads the content store's file instead of bundling it
 * (src/integrations/contentStoreFile.ts): the module it stands in for is Astro's, the file is the
 * one Astro writes, its code gives what Astro's module gives, and it is used only where the
 * bundle runs beside the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, test, vi } from "vitest";
// Not among Astro's package exports: reached by its file, as the build itself loads it.
import {
  DATA_STORE_FILE,
  RESOLVED_DATA_STORE_VIRTUAL_ID,
} from "../node_modules/astro/dist/content/consts.js";
import {
  contentStoreFile,
  STORE_MODULE_ID,
  storeFile,
  storeModuleCode,
} from "../src/integrations/contentStoreFile";
import { vitePluginFor, type SetupSettings } from "./helpers/integration";

const dir = mkdtempSync(join(tmpdir(), "panjshir-store-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cacheDir = pathToFileURL(`${dir}/`);

/** Evaluates module code as the server bundle would, returning its default export. */
const evaluate = async (code: string): Promise<unknown> =>
  (
    (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as {
      default: unknown;
    }
  ).default;

type Transform = (code: string, id: string) => { code: string } | null;

/** The Vite plugin's transform the integration adds for a build with these settings, if any. */
const transformFor = (settings: SetupSettings): Transform | undefined =>
  vitePluginFor(contentStoreFile(), { ...settings, cacheDir })?.transform as Transform | undefined;

describe("the content store read from its file", () => {
  test("stands for Astro's store module and reads the file Astro writes for a build", () => {
    expect(STORE_MODULE_ID).toBe(RESOLVED_DATA_STORE_VIRTUAL_ID);
    expect(storeFile(cacheDir)).toBe(join(dir, DATA_STORE_FILE));
  });

  test("its code gives the file's JSON, as Astro's module does", async () => {
    const store = [["Map", 1, 2], "reports", ["Map"]];
    const file = join(dir, "store.json");
    writeFileSync(file, JSON.stringify(store));
    expect(await evaluate(storeModuleCode(file))).toEqual(store);
  });

  test("a missing file is said on the console and fails the module", async () => {
    const said = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const file = join(dir, "no-such-store.json");
    await expect(evaluate(storeModuleCode(file))).rejects.toThrow(/ENOENT/);
    expect(said).toHaveBeenCalledWith(expect.stringContaining(`The content store ${file} could not be read`));
    said.mockRestore();
  });

  test("a static build's store module is replaced once the store is written, and nothing else", () => {
    const transform = transformFor({})!;
    expect(transform("export default [1]", STORE_MODULE_ID)).toBeNull();
    writeFileSync(storeFile(cacheDir), "[]");
    expect(transform("export default [1]", STORE_MODULE_ID)).toEqual({
      code: storeModuleCode(storeFile(cacheDir)),
      map: null,
    });
    expect(transform("export default 1", "/src/lib/corpus.ts")).toBeNull();
  });

  test("not under astro dev, nor for a server output or an adapter, whose bundle runs elsewhere", () => {
    expect(transformFor({ command: "dev" })).toBeUndefined();
    expect(transformFor({ output: "server" })).toBeUndefined();
    expect(transformFor({ adapter: { name: "@astrojs/node" } })).toBeUndefined();
  });
});
