/**
 * The gazetteer files as the Markdown pipeline needs them, read straight from disk: report pages
 * link names while Astro renders Markdown, before the collections are available. The collections
 * still validate every entry; this reader only takes names and ids.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { entryKinds } from "../lib/entryKinds";
import type { LinkedEntry } from "../lib/rehypeMentionLinks";
import { joinBase, paths } from "../lib/urls";
import { parseYamlMapping } from "../lib/yamlMapping";

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Every gazetteer entry with its names and the link to its page under `base`. */
export function readLinkedEntries(root: string, base: string): LinkedEntry[] {
  return entryKinds().flatMap(({ type, file }) =>
    Object.entries(parseYamlMapping(readFileSync(join(root, file), "utf8"), file)).map(([id, raw]) => {
      const entry = (raw ?? {}) as Record<string, unknown>;
      return {
        id,
        names: [entry.name, ...strings(entry.aliases), ...strings(entry.transliterations)].filter(
          (n): n is string => typeof n === "string",
        ),
        shortNames: strings(entry.shortNames),
        href: joinBase(base, paths.entry(type, id)),
      };
    }),
  );
}
