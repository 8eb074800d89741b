/**
 * One import, from a file's bytes to the report file and its checklist, without touching the
 * disk: the command (`scripts/import.ts`) reads the file and the content, calls this, and
 * writes the result only when it returns.
 */
import type { IsoDate } from "@/lib/dates";
import type { MentionFinder } from "@/lib/mentions";
import { ID_PATTERN } from "@/schemas/fields";
import { blocksToBody, textToBody, type ImportedBody } from "./body";
import { checklist, suggestEvents, type EventSummary } from "./checklist";
import { corpusPeriod, explicitCandidates, weekdayCandidates } from "./dates";
import { htmlToArticle } from "./html";
import { decodeSource, ImportError, sourceKind } from "./input";
import { findCredits, findNames, reportFile } from "./scaffold";

/** What the import knows of the existing content. */
export interface ImportContext {
  /** The project's mention finder over the whole gazetteer. */
  findMentions: MentionFinder;
  /** Canonical name of every gazetteer id. */
  names: ReadonlyMap<string, string>;
  events: readonly EventSummary[];
  /** Publication day of every existing report, by id. */
  published: ReadonlyMap<string, IsoDate>;
  /** Report ids already in the folder the import writes to. */
  existingSlugs: ReadonlySet<string>;
  /** How the reports folder is named in messages, e.g. "content/reports". */
  reportsLabel: string;
}

/** The result of an import: the file to write and the checklist to print. */
export interface ImportResult {
  slug: string;
  markdown: string;
  checklist: string[];
}

/** A readable slug from a headline or file name: its first eight words, lower case, hyphens. */
export function slugFrom(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['‘’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8)
    .join("-");
}

/** Imports one document; throws an ImportError (and returns nothing to write) on bad input. */
export function importDocument(
  input: { fileName: string; bytes: Uint8Array; slug?: string | undefined },
  context: ImportContext,
): ImportResult {
  const baseName = input.fileName.split(/[\\/]/).pop()!;
  const { imported, pageEvidence } = readBody(input.fileName, input.bytes);
  const slug = input.slug ?? slugFrom(imported.title ?? baseName.replace(/\.[^.]+$/, ""));
  checkSlug(slug, context);

  const period = corpusPeriod([...context.published.values()]);
  const explicitDates = explicitCandidates(imported.body, period);
  const weekdayDates = weekdayCandidates(imported.body, period);
  const bodyLines = imported.body.split("\n");
  const credits = findCredits(bodyLines);
  const names = findNames(imported.body, context.findMentions);
  const outletEvidence = [...pageEvidence, ...textEvidence(imported, bodyLines)];

  const candidateDays = [...explicitDates, ...weekdayDates].map((c) => c.date);
  const events = suggestEvents(context.events, context.published, names.ids, candidateDays);
  const dateNotes = [
    ...explicitDates.map((c) => `candidate ${c.date}: ${c.bases.join("; ")}`),
    ...weekdayDates.map((c) => `candidate ${c.date}: weekday phrases (see the checklist)`),
  ];
  const markdown = reportFile(
    {
      slug,
      seedFile: baseName,
      ...(imported.title !== undefined ? { title: imported.title } : {}),
      credits,
      dropped: imported.dropped,
      dateNotes,
    },
    imported.body,
  );
  return {
    slug,
    markdown,
    checklist: checklist({
      file: `${context.reportsLabel}/${slug}.md`,
      ...(imported.title !== undefined ? { title: imported.title } : {}),
      explicitDates,
      weekdayDates,
      credits,
      outletEvidence,
      known: names.known,
      names: context.names,
      unknown: names.unknown,
      captions: imported.captions,
      dropped: imported.dropped,
      events,
    }),
  };
}

/** The article of a saved page or text file, and what the page says about its outlet. */
function readBody(fileName: string, bytes: Uint8Array): { imported: ImportedBody; pageEvidence: string[] } {
  const text = decodeSource(bytes, fileName);
  const pageEvidence: string[] = [];
  let imported: ImportedBody;
  if (sourceKind(fileName) === "html") {
    const article = htmlToArticle(text, fileName);
    imported = blocksToBody(article.blocks, article.dropped, { findTitle: false });
    if (article.title) imported.title = article.title;
    if (article.byline) pageEvidence.push(`the page's byline (not in the copy): “${article.byline}”`);
    if (article.siteName) pageEvidence.push(`the page states its site name: ${article.siteName.evidence}`);
  } else {
    imported = textToBody(text);
  }
  if (imported.body.trim() === "")
    throw new ImportError(`${fileName}: no article text found (every line is page chrome or empty).`);
  return { imported, pageEvidence };
}

/** Throws unless `slug` is well formed and names no existing report. */
function checkSlug(slug: string, context: ImportContext): void {
  if (!ID_PATTERN.test(slug))
    throw new ImportError(
      `The slug "${slug}" must be lower-case words joined by hyphens, e.g. "taliban-take-bazarak".`,
    );
  if (context.existingSlugs.has(slug))
    throw new ImportError(
      `${context.reportsLabel}/${slug}.md already exists: choose another --slug. Nothing was written.`,
    );
}

/** Lines of the copy, and page chrome it dropped, that name a publisher. */
function textEvidence(imported: ImportedBody, bodyLines: readonly string[]): string[] {
  return [
    ...imported.dropped
      .filter((dropped) => dropped.namesSite)
      .map((dropped) => `dropped ${dropped.kind} line “${dropped.line}”`),
    ...bodyLines
      .filter((line) => /©|copyright|views of|published by/i.test(line))
      .map((line) => `the text: “${line.replace(/^\*|\*$/g, "")}”`),
  ];
}
