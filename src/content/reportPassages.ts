/**
 * Each report's passages as the last build read them, with the names they mention, kept beside
 * the content store, so that a rebuild parses and scans for names only the report files that
 * changed (parsing was most of building the corpus, 2.3 of its 3 s at 1,000 reports; finding the
 * names half a second more). A report's stored passages are used while its text's digest is the
 * same and the site's code and shared content, the gazetteer among them, are those of the last
 * build (the page cache's inputs, src/integrations/pageCache.ts); outside `astro build` nothing
 * is stored.
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
  reports: Record<string, { digest: string; passages: (Passage & { mentions: PackedMention[] })[] }>;
}

const file = () => join(fileURLToPath(cacheDir), "report-passages.json");

/** The last build's passages, by report id and body digest; `save` keeps this build's. */
export function storedPassages(): {
  get: (id: string, digest: string) => StoredPassage[] | undefined;
  save: (reports: readonly Report[]) => void;
} {
  const inputs = pageCacheBuild()?.inputs;
  let stored: Stored["reports"] = {};
  let used = 0;
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
    get(id, digest) {
      const report = stored[id];
      if (!inputs || !digest || report === undefined || report.digest !== digest) return undefined;
      used++;
      return report.passages.map(({ mentions, ...passage }) => ({
        ...passage,
        mentions: unpackMentions(mentions, passage.text, ids),
      }));
    },
    save(reports) {
      if (!inputs || (used === reports.length && used === Object.keys(stored).length)) return;
      const kept: Stored = { inputs, reports: {} };
      for (const { id, digest, passages } of reports) {
        if (digest)
          kept.reports[id] = {
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
