/**
 * The reports phase, in two steps: first the reports' texts (publication order, passages, one
 * copy per source document), which every quote is resolved against; then, once the gazetteer
 * is known, each report checked and with the names its passages mention.
 */
import { REPORTS_FOLDER } from "@/lib/contentFolders";
import { mentionedIds, type MentionFinder } from "@/lib/mentions";
import { digestAs } from "@/lib/pageCache";
import { readPassages } from "@/lib/reportStructure";
import type { ReportData } from "@/schemas/report";
import type { Problems } from "./problems";
import { resolveSources, type ResolveSource } from "./sources";
import type { EntryInput, Report, ReportPassage, StoredPassage } from "./types";

/** The reports' texts, which quotes are resolved against. */
export interface ReportTexts {
  /** The report inputs, oldest publication first (ties by id). */
  inputs: EntryInput<ReportData>[];
  /** Each report's passages, by id; none when its body cannot be read. */
  passages: Map<string, StoredPassage[]>;
}

/** The file of a report, relative to the project root, for messages. */
const reportFile = (report: EntryInput<ReportData>) => report.filePath ?? `${REPORTS_FOLDER}/${report.id}.md`;

/** Orders the reports, reads their passages and checks that each copies its own source document. */
export function readReports(reports: readonly EntryInput<ReportData>[], problems: Problems): ReportTexts {
  const inputs = [...reports].sort(
    (a, b) => a.data.published.date.localeCompare(b.data.published.date) || a.id.localeCompare(b.id),
  );
  const passages = new Map<string, StoredPassage[]>();
  for (const report of inputs) {
    const file = reportFile(report);
    try {
      passages.set(report.id, report.passages ?? readPassages(report.body ?? "", file));
    } catch (error) {
      problems.add(file, "body", (error as Error).message);
      passages.set(report.id, []);
    }
  }
  checkSeedFiles(inputs, problems);
  return { inputs, passages };
}

function checkSeedFiles(inputs: readonly EntryInput<ReportData>[], problems: Problems): void {
  const seedFiles = new Map<string, string>();
  for (const report of inputs) {
    const other = seedFiles.get(report.data.provenance.seedFile);
    if (other) {
      problems.add(
        reportFile(report),
        "provenance.seedFile",
        `"${report.data.provenance.seedFile}" is already copied by report "${other}": each source document has one copy.`,
      );
    }
    seedFiles.set(report.data.provenance.seedFile, report.id);
  }
}

/** The checked reports, in publication order, with their sources resolved and their mentions found. */
export function checkReports(
  texts: ReportTexts,
  findMentions: MentionFinder,
  resolve: ResolveSource,
): Report[] {
  const { inputs } = texts;
  return inputs.map((input, i) => {
    const file = reportFile(input);
    const passages: ReportPassage[] = (texts.passages.get(input.id) ?? []).map((p) => {
      const mentions = p.mentions ?? findMentions(p.text);
      // Written out, not spread: V8 gave each spread passage a hidden class of its own (58 MB
      // of the corpus's 417 MB at 10,000 reports; docs/BENCHMARKS.md, "The build at scale").
      const { anchor, index, kind, text } = p;
      const passage = { anchor, index, kind, text, mentions, ids: mentionedIds(mentions) };
      // All of it is read from the report's text (and found with the gazetteer, which every key
      // holds): keyed by the text's digest, not written out for every build's keys.
      if (input.digest) digestAs(passage, `${input.digest}#${anchor}`);
      return passage;
    });
    const own = (quote: string, field: string) =>
      resolve({ report: input.id, quote }, file, field)?.anchor ?? "";
    const summarySources = resolveSources(resolve, input.data.summary.sources, file, "summary.sources");
    return {
      id: input.id,
      filePath: file,
      digest: input.digest ?? "",
      data: input.data,
      passages,
      mentions: [...new Set(passages.flatMap((p) => p.ids))],
      summarySources,
      editorNotes: input.data.editorNotes.map((n, j) => ({
        ...n,
        anchor: own(n.quote, `editorNotes[${j}]`),
      })),
      credits: input.data.credits.map((c, j) => ({ ...c, anchor: own(c.quote, `credits[${j}]`) })),
      ...(i > 0 ? { previous: inputs[i - 1]!.id } : {}),
      ...(i < inputs.length - 1 ? { next: inputs[i + 1]!.id } : {}),
    };
  });
}
