/**
 * Astro's `file()` loader for a YAML mapping keyed by entry id, made strict. The stock loader
 * logs a parse error and carries on with an empty collection; this one fails the build with the
 * file, the line and the fix, and rejects a duplicated id instead of letting the later entry
 * silently win.
 */
import { readFile } from "node:fs/promises";
import type { Loader } from "astro/loaders";
import { file } from "astro/loaders";
import { parseYamlMapping } from "@/lib/yamlMapping";

/** A `file()` loader for `path` (relative to the project root) that fails loudly on bad YAML. */
export function yamlMappingFile(path: string): Loader {
  // Entries are validated by the collection schema; the loader only needs a mapping of objects.
  const inner = file(path, {
    parser: (text) => parseYamlMapping(text, path) as Record<string, Record<string, unknown>>,
  });
  return {
    name: "yaml-mapping-file",
    load: async (context) => {
      let text: string;
      try {
        text = await readFile(new URL(path, context.config.root), "utf8");
      } catch {
        throw new Error(`${path}: the file is missing. Create it as a YAML mapping of id: entry.`);
      }
      parseYamlMapping(text, path);
      await inner.load(context);
    },
  };
}
