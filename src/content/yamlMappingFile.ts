/**
 * The loader of a collection kept in one YAML mapping keyed by entry id (the gazetteer, the
 * chronology's files). Unlike Astro's `file()` loader, which logs a parse error and carries on
 * with an empty collection, it fails the build with the file, the line and the fix, and rejects
 * a duplicated id instead of letting the later entry silently win. An unchanged file is not
 * parsed again; in a changed one, an entry whose data has the same digest as in the content store
 * is not checked again: at 1,000 reports the chronology's file holds thousands of events, which
 * `file()` parsed twice and checked whole on every build.
 *
 * As with `file()`, an entry gone from the file leaves the collection, and under `astro dev` an
 * edited file updates it.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { parseYamlMapping } from "@/lib/yamlMapping";

/** The loader for `path` (relative to the project root). */
export function yamlMappingFile(path: string): Loader {
  return {
    name: "yaml-mapping-file",
    load: async (context) => {
      const file = fileURLToPath(new URL(path, context.config.root));
      await sync(context, path, file);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(file);
      watcher.on("change", (changed) => {
        if (changed !== file) return;
        // A broken file while editing is said, not fatal: the server keeps running until it is fixed.
        sync(context, path, file).then(
          () => logger.info(`Reloaded ${path}`),
          (error: Error) => logger.error(error.message),
        );
      });
    },
  };
}

async function sync(context: LoaderContext, path: string, file: string): Promise<void> {
  const { store, meta, parseData, generateDigest } = context;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new Error(`${path}: the file is missing. Create it as a YAML mapping of id: entry.`);
  }
  // A file unchanged since the last sync (its collection still stored) is not parsed again.
  const digest = generateDigest(text);
  if (meta.get(FILE_DIGEST) === digest && store.keys().length > 0) return;
  meta.delete(FILE_DIGEST);
  const untouched = new Set(store.keys());
  for (const [id, data] of Object.entries(parseYamlMapping(text, path))) {
    untouched.delete(id);
    // Entries are checked by the collection's schema; a non-object is its to refuse.
    const entryDigest = generateDigest(data as Record<string, unknown>);
    if (store.get(id)?.digest === entryDigest) continue;
    store.set({
      id,
      data: await parseData({ id, data: data as Record<string, unknown>, filePath: file }),
      filePath: path,
      digest: entryDigest,
    });
  }
  untouched.forEach((id) => store.delete(id));
  meta.set(FILE_DIGEST, digest);
}

/** The content store's note of the file's digest at the last sync. */
const FILE_DIGEST = "file-digest";
