/**
 * Highlights and snippets of a text: the ranges to mark, the text cut into marked and plain
 * pieces, the part of a long text around its first highlight, and a link that scrolls to it.
 * Used by the search page and by the build (entry pages) alike; nothing here knows of search.
 */

/** Characters of context a snippet shows around its first highlight. */
const SNIPPET_CONTEXT = 90;

/** A character range `[start, end)` to highlight. */
export interface Highlight {
  start: number;
  end: number;
}

/** Part of a passage around its first highlight. */
export interface Snippet {
  text: string;
  highlights: Highlight[];
  /** Text was cut before / after the snippet. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** A piece of text, marked when it is a highlight. */
export interface TextPiece {
  text: string;
  mark: boolean;
}

/**
 * Cuts `text` at its highlights (sorted, not overlapping, as mergeRanges gives them) into
 * pieces, so a view can wrap the marked ones in <mark> without building HTML from text.
 */
export function splitHighlights(text: string, highlights: readonly Highlight[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: readonly Highlight[]): Highlight[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The part of `text` around its first highlight, cut at word boundaries, with the highlights
 * that fall inside it moved to its offsets. Short texts are returned whole.
 */
export function makeSnippet(
  text: string,
  highlights: readonly Highlight[],
  context = SNIPPET_CONTEXT,
): Snippet {
  const first = highlights[0];
  if (text.length <= context * 2 + 40 || !first) {
    const whole = text.length <= context * 2 + 40;
    const end = whole ? text.length : wordEnd(text, context * 2);
    return {
      text: text.slice(0, end),
      highlights: highlights.filter((h) => h.end <= end),
      cutStart: false,
      cutEnd: end < text.length,
    };
  }
  const start = first.start - context <= 0 ? 0 : wordStart(text, first.start - context);
  const end = first.end + context >= text.length ? text.length : wordEnd(text, first.end + context);
  return {
    text: text.slice(start, end),
    highlights: highlights
      .filter((h) => h.start >= start && h.end <= end)
      .map((h) => ({ start: h.start - start, end: h.end - start })),
    cutStart: start > 0,
    cutEnd: end < text.length,
  };
}

function wordStart(text: string, at: number): number {
  const space = text.indexOf(" ", at);
  return space === -1 ? at : space + 1;
}

function wordEnd(text: string, at: number): number {
  const space = text.lastIndexOf(" ", at);
  return space <= 0 ? at : space;
}

/**
 * A URL text fragment (`:~:text=prefix-,match,-suffix`) that makes the browser highlight and
 * scroll to `range` of `text`, with a few words of context so it picks this occurrence. Empty
 * when there is nothing to highlight.
 */
export function textFragment(text: string, range: Highlight | undefined): string {
  if (!range) return "";
  // Browsers match text fragments on whole words only: widen the range to the words it touches.
  let start = range.start;
  let end = range.end;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
  range = { start, end };
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C");
  const before = text.slice(0, range.start).split(/\s+/).filter(Boolean).slice(-3).join(" ");
  const after = text.slice(range.end).split(/\s+/).filter(Boolean).slice(0, 3).join(" ");
  const match = text.slice(range.start, range.end);
  return `:~:text=${before ? `${encode(before)}-,` : ""}${encode(match)}${after ? `,-${encode(after)}` : ""}`;
}
