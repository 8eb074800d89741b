/**
 * The content store read from its file while pages are rendered, instead of bundled into the
 * server build. Astro writes the whole store (every report's frontmatter, every gazetteer and
 * chronology entry) into the server bundle as one JavaScript array, which Rollup then parses and
 * tree-shakes with the site's code: about a second of every build at 1,000 reports (1.3 MB),
 * growing with the corpus (docs/BENCHMARKS.md, "Scale"). A static build renders every page on
 * the machine that has just written the store, so the bundle can read the file instead: the same
 * JSON that Astro's module holds, parsed when the first page asks for a collection.
 *
 * Only `astro build` of a static site without an adapter: a server deployment runs its bundle
 * elsewhere, where the file is not, and `astro dev` keeps Astro's own module.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { staticBuildPlugin } from "./staticBuildPlugin";

/**
 * Astro's resolved id of the store's module (`astro:data-layer-content`), internal to Astro
 * 5.18 (src/content/consts.ts); tests/contentStoreFile.test.ts fails if Astro renames it.
 */
export const STORE_MODULE_ID = "\0astro:data-layer-content";

/** The store's file in a build's cache folder (Astro's `getDataStoreFile` for a build). */
export const storeFile = (cacheDir: URL): string => fileURLToPath(new URL("data-store.json", cacheDir));

/**
 * The code that stands for the store's module: the file read and parsed. Astro reads the module
 * inside a try whose failure leaves every collection empty; an unreadable file is said on the
 * console before the error is thrown, so such a build does not pass unnoticed.
 */
export function storeModuleCode(file: string): string {
  const path = JSON.stringify(file);
  return [
    'import { readFileSync } from "node:fs";',
    "let text;",
    `try { text = readFileSync(${path}, "utf8"); }`,
    `catch (error) { console.error("The content store " + ${path} + " could not be read: " + error.message); throw error; }`,
    "export default JSON.parse(text);",
  ].join("\n");
}

/** The integration: its Vite plugin replaces the store's module in the server build. */
export function contentStoreFile(): AstroIntegration {
  return staticBuildPlugin("panjshir-content-store-file", (config) => {
    const file = storeFile(config.cacheDir);
    return {
      enforce: "post",
      // Astro's plugin loads the module (an empty Map when there is no store yet, kept).
      transform: (_code: string, id: string) =>
        id === STORE_MODULE_ID && existsSync(file) ? { code: storeModuleCode(file), map: null } : null,
    };
  });
}
