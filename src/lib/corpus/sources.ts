/**
 * Quotes resolved to their place in a report: every source the content cites must be words of
 * one paragraph (or of the headline) of an existing report, and links to it.
 */
import { TITLE_ANCHOR } from "@/lib/labels";
import { containsQuote, holdsQuote, normaliseForQuote } from "@/lib/text";
import type { SourceData } from "@/schemas/sources";
import type { Problems } from "./problems";
import type { ReportTexts } from "./reports";
import type { ResolvedSource } from "./types";

/**
 * Resolves `source` to the passage that holds its quote; when there is none, records a problem
 * of `field` in `file` and returns undefined.
 */
export type ResolveSource = (source: SourceData, file: string, field: string) => ResolvedSource | undefined;

/** The one source resolver of a corpus build, over the reports' texts. */
export function sourceResolver(texts: ReportTexts, problems: Problems): ResolveSource {
  const titles = new Map(texts.inputs.map((r) => [r.id, r.data.title]));
  // Each passage normalised once, not once for every quote looked for in its report (thousands
  // of events' citations, summaries and notes at 1,000 reports).
  const normalised = new WeakMap<object, string>();
  const holds = (passage: { text: string }, needle: string) => {
    let text = normalised.get(passage);
    if (text === undefined) normalised.set(passage, (text = normaliseForQuote(passage.text)));
    return holdsQuote(text, needle);
  };
  return (source, file, field) => {
    const passages = texts.passages.get(source.report);
    // A headline is the outlet's claim too (report 001's flag-raising is only in its headline).
    const title = titles.get(source.report);
    if (passages && title !== undefined && containsQuote(title, source.quote)) {
      return { ...source, anchor: TITLE_ANCHOR };
    }
    if (!passages) {
      problems.add(
        file,
        `${field}.report`,
        `No report "${source.report}". Use a file name from content/reports without ".md": ${[...texts.passages.keys()].join(", ")}.`,
      );
      return undefined;
    }
    const needle = normaliseForQuote(source.quote);
    const passage = passages.find((p) => holds(p, needle));
    if (!passage) {
      const spans = containsQuote(passages.map((p) => p.text).join(" "), source.quote);
      problems.add(
        file,
        `${field}.quote`,
        spans
          ? `"${source.quote}" runs across two paragraphs of "${source.report}": quote from one paragraph only.`
          : `"${source.quote}" is not in report "${source.report}". Copy the words exactly from the report (white space and quote marks may differ).`,
      );
      return undefined;
    }
    return { ...source, anchor: passage.anchor };
  };
}

/** Resolves a list of sources (`field[i]` each), leaving out those that fail. */
export function resolveSources(
  resolve: ResolveSource,
  sources: readonly SourceData[],
  file: string,
  field: string,
): ResolvedSource[] {
  return sources
    .map((s, i) => resolve(s, file, `${field}[${i}]`))
    .filter((s): s is ResolvedSource => s !== undefined);
}
