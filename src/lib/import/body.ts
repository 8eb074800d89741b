/**
 * From a source document's text to a report body: the headline, the Markdown body (every kept
 * line verbatim, with markup only) and the page chrome left out. The rules that decide what a
 * line is are written out below, each with the reason it holds for news pages; the five source
 * documents in `content/sources/` and their copies in `content/reports/` are their test cases.
 */
import { chromeRuleFor, stripMarkup, type ChromeRule } from "./chrome";

/** A run of consecutive non-empty lines of the source: a paragraph, as the page laid it out. */
export interface SourceBlock {
  /** The lines, trimmed. */
  lines: string[];
  /** How many empty lines stood before it (a wide gap is where a saved page had an image). */
  gapBefore: number;
  /** True when the source itself marks the block as a caption (an HTML `<figcaption>`). */
  caption?: boolean;
}

/** A line the import left out, and the rule that dropped it. */
export interface DroppedLine {
  /** The line as `provenance.dropped` lists it. */
  line: string;
  /** The kind of chrome, from the rule. */
  kind: string;
  /** True when the rule says such lines often name the site (outlet evidence). */
  namesSite?: boolean;
}

/** Why a block became a caption: shown in the checklist so an editor can confirm it. */
export interface CaptionDecision {
  /** The caption's first line. */
  text: string;
  /** The rule that made it a caption. */
  reason: string;
}

/** A converted document. */
export interface ImportedBody {
  /** The headline, when the document starts with one; undefined when it has none. */
  title?: string;
  /** The Markdown body. */
  body: string;
  /** Every left-out line, in document order. */
  dropped: DroppedLine[];
  /** Every caption, with its reason. */
  captions: CaptionDecision[];
}

/** Ends like a sentence: . ! ? or … followed by any closing quote marks or brackets. */
const SENTENCE_END = /[.!?…]["”’'»)\]]*$/;
/** A heading is short: at most this many words. A longer unpunctuated line is a caption. */
const HEADING_MAX_WORDS = 12;
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
/** A calendar date as news pages write it: "3rd September 2021", "Aug. 30, 2021", "September 2". */
export const DATE_PATTERN = `(?:${DAY}\\s+${MONTH},?(?:\\s+\\d{4})?|${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?)`;
const DATELINE = new RegExp(
  `^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?${DATE_PATTERN}$`,
  "i",
);
const ENDS_WITH_DATE = new RegExp(`\\b${DATE_PATTERN}\\.?$`, "i");
// Words of the past tense: regular "-ed" forms and the irregular verbs news prose uses most.
const PAST_TENSE =
  /\b(?:\w{2,}ed|was|were|had|did|said|took|told|came|went|fell|held|led|began|fought|made|left|saw|won|lost|got|gave|fled|met|sent|spent|struck|thought|brought|became|broke|ran|rose|shot|stood|wrote|kept)\b/i;
/** A credit line under a photo: "Source: Anadolu", "Image source: Indian Express", "Photo: AP". */
export const CREDIT_LINE =
  /^(?:image source|source|photo|picture|photograph|image|credit|photo credit)s?\s*:\s*\S.*$/i;
/** A photo credit closing a line: "(Getty)", "(AP Photo/Jalaluddin Sekandar)", "(Photo by … / AFP)". */
const CLOSING_PHOTO_CREDIT = /\((?:[^()]*\b(?:Photo|Getty|AP|AFP|Reuters|EPA|Anadolu|Images?)\b[^()]*)\)$/;
/** A photo description that announces itself: "Pictured: …". */
const PICTURED = /^pictured\s*:/i;
const BULLET = /^(?:[•●▪‣◦]|[-*+](?=\s))\s*/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const EMPHASISED_LINE = /^([*_]).*\S\1$/;

const isSentence = (line: string) => SENTENCE_END.test(line);
const words = (line: string) => line.split(/\s+/).filter(Boolean).length;

/** Splits text into blocks of consecutive lines, dropping chrome lines as it goes. */
function textToBlocks(
  text: string,
  rules?: readonly ChromeRule[],
): { blocks: SourceBlock[]; dropped: DroppedLine[] } {
  const blocks: SourceBlock[] = [];
  const dropped: DroppedLine[] = [];
  let current: SourceBlock | null = null;
  let gap = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") {
      current = null;
      gap += 1;
      continue;
    }
    const unmarked = stripMarkup(line);
    const rule = chromeRuleFor(unmarked, rules);
    if (rule) {
      // A dropped line ends the paragraph it stood in, as if it were a gap of its own.
      dropped.push({ line: unmarked, kind: rule.kind, ...(rule.namesSite ? { namesSite: true } : {}) });
      current = null;
      continue;
    }
    if (current) current.lines.push(line);
    else {
      current = { lines: [line], gapBefore: gap };
      blocks.push(current);
      gap = 0;
    }
  }
  return { blocks, dropped };
}

// A colon directly followed by a letter would start a Markdown directive: escape it.
const escapeDirective = (line: string) => line.replace(/(?<=\S):(?=\p{L})/gu, "\\:");

type Part =
  | { kind: "paragraph"; lines: string[] }
  | { kind: "heading"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "caption"; paragraphs: string[][]; reason: string };

/**
 * Turns blocks (from `textToBlocks` or an HTML page) into the headline and Markdown body. Each
 * kept line stays verbatim; only markup is added (`## `, `- `, caption blocks, `\:`).
 */
export function blocksToBody(
  input: readonly SourceBlock[],
  dropped: DroppedLine[] = [],
  { findTitle = true }: { findTitle?: boolean } = {},
): ImportedBody {
  const blocks = input.map((b) => ({ ...b, lines: [...b.lines] })).filter((b) => b.lines.length > 0);
  const title = findTitle ? takeTitle(blocks) : undefined;
  const { body, captions } = renderParts(blocksToParts(blocks));
  return { ...(title === undefined ? {} : { title }), body, dropped, captions };
}

/**
 * Removes and returns the headline: a first line that is not a sentence (news headlines carry no
 * full stop), or a Markdown source's level-1 heading. A lower heading opens a section instead.
 */
function takeTitle(blocks: SourceBlock[]): string | undefined {
  const first = blocks[0];
  const opening = first?.lines[0] ?? "";
  if (!first || first.caption) return undefined;
  if (!/^#\s+/.test(opening) && (isSentence(opening) || MARKDOWN_HEADING.test(opening))) return undefined;
  const title = stripMarkup(first.lines.shift()!);
  if (first.lines.length === 0) blocks.shift();
  return title;
}

/** Reads each block as a paragraph, heading, list or caption, in order. */
function blocksToParts(blocks: readonly SourceBlock[]): Part[] {
  const parts: Part[] = [];
  let bodyStarted = false;
  for (const block of blocks) {
    const only = block.lines.length === 1 ? block.lines[0]! : undefined;
    const part = classifyBlock(block, only, bodyStarted);
    if (part.kind === "credit") {
      addCreditLine(parts, part.line, block.gapBefore);
      continue;
    }
    parts.push(part);
    if (part.kind === "paragraph" && !isStandalone(only, bodyStarted))
      bodyStarted ||= block.lines.some(isSentence);
  }
  return parts;
}

/** True for a one-line paragraph kept as text before or beside the article proper. */
function isStandalone(only: string | undefined, bodyStarted: boolean): boolean {
  if (only === undefined) return false;
  return EMPHASISED_LINE.test(only) || (!isSentence(only) && (DATELINE.test(only) || !bodyStarted));
}

/** What one block is; a photo credit line is placed by `addCreditLine`. */
function classifyBlock(
  block: SourceBlock,
  only: string | undefined,
  bodyStarted: boolean,
): Part | { kind: "credit"; line: string } {
  const { lines } = block;
  const caption = (paragraphs: string[][], reason: string): Part => ({ kind: "caption", paragraphs, reason });
  if (block.caption)
    return caption(
      lines.map((l) => [l]),
      "a caption in the page",
    );
  if (only !== undefined && MARKDOWN_HEADING.test(only)) {
    // A heading of a Markdown source: every subheading is level 2; bold inside is redundant.
    return { kind: "heading", text: only.replace(MARKDOWN_HEADING, "").replace(/^\*\*(.*)\*\*$/, "$1") };
  }
  if (lines.every((l) => BULLET.test(l)))
    return { kind: "list", items: lines.map((l) => l.replace(BULLET, "")) };
  if (only !== undefined && CREDIT_LINE.test(only)) return { kind: "credit", line: only };
  if (lines.every((l) => CLOSING_PHOTO_CREDIT.test(l))) {
    return caption(
      lines.map((l) => [l]),
      "every line ends with a photo credit",
    );
  }
  if (only === undefined) return { kind: "paragraph", lines };
  if (PICTURED.test(only)) return caption([[only]], 'it starts with "Pictured:"');
  // The source marked the line up itself (a disclaimer in italics): keep it as it is.
  if (EMPHASISED_LINE.test(only)) return { kind: "paragraph", lines };
  if (!isSentence(only)) {
    // A dateline, or the standfirst under the headline: text, before the article proper.
    if (DATELINE.test(only) || !bodyStarted) return { kind: "paragraph", lines };
    if (words(only) <= HEADING_MAX_WORDS) return { kind: "heading", text: only };
    return caption([[only]], "a long line without a full stop");
  }
  if (bodyStarted && ENDS_WITH_DATE.test(only) && !PAST_TENSE.test(only)) {
    // Agency captions describe the picture in the present tense and end with its day
    // ("… conduct military training … on September 2."); news prose narrates in the past.
    return caption([[only]], "present tense, ending with the picture's day");
  }
  return { kind: "paragraph", lines };
}

/**
 * The credit under a photo belongs to the caption directly above it; after a wider gap (where the
 * saved page had the image itself) it is the whole caption.
 */
function addCreditLine(parts: Part[], line: string, gapBefore: number): void {
  const previous = parts.at(-1);
  if (gapBefore <= 1 && previous?.kind === "paragraph") {
    parts.pop();
    parts.push({
      kind: "caption",
      paragraphs: [previous.lines, [line]],
      reason: `followed by the credit line "${line}"`,
    });
  } else if (gapBefore <= 1 && previous?.kind === "caption") {
    previous.paragraphs.push([line]);
  } else {
    parts.push({ kind: "caption", paragraphs: [[line]], reason: "a credit line on its own" });
  }
}

/** The Markdown of the parts, and the caption decisions for the checklist. */
function renderParts(parts: readonly Part[]): { body: string; captions: CaptionDecision[] } {
  const captions: CaptionDecision[] = [];
  const rendered = parts.map((part) => {
    switch (part.kind) {
      case "paragraph":
        return part.lines.map(escapeDirective).join("\n");
      case "heading":
        return `## ${escapeDirective(part.text)}`;
      case "list":
        return part.items.map((item) => `- ${escapeDirective(item)}`).join("\n");
      case "caption":
        captions.push({ text: part.paragraphs[0]![0]!, reason: part.reason });
        return `:::caption\n${part.paragraphs.map((p) => p.map(escapeDirective).join("\n")).join("\n\n")}\n:::`;
    }
  });
  return { body: `${rendered.join("\n\n")}\n`, captions };
}

/** Converts a plain-text source document: blocks by empty lines, chrome dropped, body built. */
export function textToBody(text: string, rules?: readonly ChromeRule[]): ImportedBody {
  const { blocks, dropped } = textToBlocks(text, rules);
  return blocksToBody(blocks, dropped);
}
