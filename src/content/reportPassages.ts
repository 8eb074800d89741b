/**
 * Each report's passages as the last build read them, with the names they mention, kept beside
 * the content store, so that a rebuild reads, parses and scans for names only the report files
 * that changed (parsing was most of building the corpus, 2.3 of its 3 s at 1,000 reports; finding
 * the names half a second more, reading the files a third). A report's stored passages are used
 * while its file is unchanged (the content store's digest of it, src/content/reportFiles.ts) and
 * the site's code and shared content, the gazetteer among them, are those of the last build (the
 * page cache's inputs, src/integrations/pageCache.ts); outside `astro build` nothing is stored.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheDir } from "astro:config/server";
import type { Report, StoredPassage } from "@/lib/corpus/types";
import { packMentions, unpackMentions, type PackedMention } from "@/lib/mentions";
import { pageCacheBuild } from "@/lib/pageCache";
import type { Passage } from "@/lib/reportStructure";

interface Stored {
  inputs: string;
  reports: Record<
    string,
    {
      /** The content store's digest of the report's file. */
      file: string;
      /** The digest of its body (Report.digest). */
      digest: string;
      passages: (Passage & { mentions: PackedMention[] })[];
    }
  >;
}

/** A report as the last build read it. */
interface Kept {
  digest: string;
  passages: StoredPassage[];
}

/**
 * The last build's reports, by id and the content store's digest of their file; `save` keeps
 * this build's (`files`: the store's digest of each report's file, by id). Kept in `folder`,
 * the build's cache folder unless a test gives another.
 */
export function storedPassages(folder: string | URL = cacheDir): {
  get: (id: string, file: string) => Kept | undefined;
  save: (reports: readonly Report[], files: ReadonlyMap<string, string>) => void;
} {
  const inputs = pageCacheBuild()?.inputs;
  const file = () => join(fileURLToPath(folder), "report-passages.json");
  let stored: Stored["reports"] = {};
  // The reports taken from the store: written back as read, not packed again.
  const used = new Set<string>();
  const ids = new Map<string, readonly string[]>();
  if (inputs) {
    try {
      const read = JSON.parse(readFileSync(file(), "utf8")) as Stored;
      if (read.inputs === inputs) stored = read.reports;
    } catch {
      // None yet, or unreadable: every report is parsed.
    }
  }
  return {
    get(id, file) {
      const report = stored[id];
      if (!inputs || report === undefined || report.file !== file) return undefined;
      used.add(id);
      const passages = report.passages.map(({ mentions, ...passage }) => ({
        ...passage,
        mentions: unpackMentions(mentions, passage.text, ids),
      }));
      return { digest: report.digest, passages };
    },
    save(reports, files) {
      if (!inputs || (used.size === reports.length && used.size === Object.keys(stored).length)) return;
      const kept: Stored = { inputs, reports: {} };
      for (const { id, digest, passages } of reports) {
        const file = files.get(id);
        if (used.has(id)) kept.reports[id] = stored[id]!;
        else if (digest && file)
          kept.reports[id] = {
            file,
            digest,
            passages: passages.map(({ anchor, index, kind, text, mentions }) => ({
              anchor,
              index,
              kind,
              text,
              mentions: packMentions(mentions),
            })),
          };
      }
      writeFileSync(file(), JSON.stringify(kept));
    },
  };
}
