/**
 * The frontmatter scaffold of an imported report: what the document itself shows (its
 * headline, photo credits and source lines, dates, the names it uses) and, for everything it
 * cannot show, a to-do that the schema rejects. It never invents a fact.
 */
import { TO_DO_PREFIX } from "./toDo";
import { mentionedIds, type MentionFinder } from "@/lib/mentions";
import { stripDiacritics } from "@/lib/text";
import type { CREDIT_ROLES } from "@/schemas/report";
import { CREDIT_LINE, type DroppedLine } from "./body";

/** A credit the document shows, with the words that show it. */
export interface CreditCandidate {
  name: string;
  role: (typeof CREDIT_ROLES)[number];
  quote: string;
}

// Photo credits in brackets: "(Photo by NAME / AGENCY)", "(… NAME/AGENCY via AGENCY)",
// "(AP Photo/NAME)", and a bare agency "(Getty)".
const PHOTO_BY = /Photo by ([^/()]+?)\s*\/\s*([^()]+?)(?: via ([^()]+?))?\)/g;
const AGENCY_PHOTO = /\(([A-Z][\w&]*(?: [A-Z][\w&]*)*) Photo\/([^()]+?)\)/g;
const BARE_CREDIT = /\(((?:Getty|AP|AFP|Reuters|EPA|Anadolu)(?: Images)?)\)$/;
// An agency dateline opening a story: "KABUL (AFP) —", "KABUL, Afghanistan (Reuters) -".
const AGENCY_DATELINE = /^[\p{Lu}][\p{Lu} ,.'-]*\((AFP|Reuters|AP|Anadolu|PTI|ANI|IANS|dpa)\)\s*[-–—]/u;

/** The credits the document's own lines show: photo credits, "Source: …" lines, agency datelines. */
export function findCredits(lines: readonly string[]): CreditCandidate[] {
  const credits: CreditCandidate[] = [];
  const add = (name: string, role: CreditCandidate["role"], quote: string) => {
    const clean = name.trim();
    if (!credits.some((c) => c.role === role && c.name.toLowerCase() === clean.toLowerCase()))
      credits.push({ name: clean, role, quote: quote.trim() });
  };
  for (const line of lines) {
    for (const m of line.matchAll(PHOTO_BY)) {
      add(m[2]!, "photo agency", m[0].slice(0, -1));
      add(m[1]!, "photographer", m[0].slice(0, -1));
      if (m[3]) add(m[3], "photo agency", `${m[2]} via ${m[3]}`);
    }
    for (const m of line.matchAll(AGENCY_PHOTO)) {
      add(m[1]!, "photo agency", m[0]);
      add(m[2]!, "photographer", `${m[1]} Photo/${m[2]}`);
    }
    const bare = BARE_CREDIT.exec(line);
    if (bare) add(bare[1]!, "image source", bare[0]);
    if (CREDIT_LINE.test(line)) add(line.slice(line.indexOf(":") + 1), "image source", line);
    const dateline = AGENCY_DATELINE.exec(line);
    if (dateline) add(dateline[1]!, "news agency", dateline[0]);
  }
  return credits;
}

/** A gazetteer entry the document names, and the spellings it uses. */
export interface KnownName {
  ids: readonly string[];
  /** True for a short name shared by several entries ("Massoud"). */
  ambiguous: boolean;
  spellings: Map<string, number>;
}

/** A capitalised name the gazetteer does not know, with how often the document uses it. */
export interface UnknownName {
  name: string;
  count: number;
}

/** Known and unknown names of a text, found with the project's mention finder. */
export function findNames(
  text: string,
  findMentions: MentionFinder,
): { known: KnownName[]; ids: string[]; unknown: UnknownName[] } {
  const mentions = findMentions(text);
  const known = new Map<string, KnownName>();
  for (const mention of mentions) {
    const key = mention.ids.join(" ");
    const slot = known.get(key) ?? { ids: mention.ids, ambiguous: mention.ambiguous, spellings: new Map() };
    slot.spellings.set(mention.text, (slot.spellings.get(mention.text) ?? 0) + 1);
    known.set(key, slot);
  }
  // Blank out every known name (keeping offsets), then collect what is left capitalised.
  let masked = text;
  for (const m of mentions)
    masked = masked.slice(0, m.start) + " ".repeat(m.end - m.start) + masked.slice(m.end);
  const unknown = new Map<string, number>();
  for (const line of masked.split("\n")) {
    for (const match of line.matchAll(CAPITALISED_RUN)) {
      const name = match[0].replace(/[.]+$/, "").replace(/['’]s$/, "");
      const before = line.slice(0, match.index).trimEnd();
      const sentenceStart = before === "" || /[.!?:"“”‘’'(—–#-]$/.test(before);
      const single = !/\s/.test(name);
      // A single capitalised word opening a sentence is usually just that: skip it.
      if (single && (sentenceStart || NOT_NAMES.has(name))) continue;
      const trimmed = trimFunctionWords(name);
      if (!trimmed || NOT_NAMES.has(trimmed)) continue;
      unknown.set(trimmed, (unknown.get(trimmed) ?? 0) + 1);
    }
  }
  return {
    known: [...known.values()],
    ids: mentionedIds(mentions),
    unknown: [...unknown]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const CAPITALISED_RUN = new RegExp(
  `${WORD}(?:\\s+(?:(?:of|the|al|bin|van|de|von|du|la)\\s+)?${WORD})*`,
  "gu",
);
const FUNCTION_WORDS = new Set(
  "The A An On In At But And Or As For From To Of By With After Before During Under Over While When Since Despite However Meanwhile Previously Separately Speaking Hours Many Both This That These Those Their His Her Its Our Your My He She It They We I Mr Mrs Ms".split(
    " ",
  ),
);
const NOT_NAMES = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec I".split(
    " ",
  ),
);

/**
 * Gazetteer entries an unknown name may be another spelling of: a word of five letters or more
 * in it is one letter away from a word of the entry's name ("Nazari" and "Nazary").
 */
export function possibleAliasOf(name: string, names: ReadonlyMap<string, string>): string[] {
  const wordsOf = (text: string) =>
    stripDiacritics(text)
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 5);
  const own = wordsOf(name);
  return [...names]
    .filter(([, entryName]) => wordsOf(entryName).some((w) => own.some((o) => oneEditApart(o, w))))
    .map(([id]) => id);
}

// True when a and b differ by at most one inserted, deleted or changed letter.
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

function trimFunctionWords(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 0 && FUNCTION_WORDS.has(words[0]!)) words.shift();
  return words.join(" ");
}

/** The to-do value for a field: the schema rejects it, naming the field and what to decide. */
export function toDo(field: string, decide: string): string {
  return `${TO_DO_PREFIX} ${field} — ${decide}`;
}

/** Everything the scaffold writes. */
export interface ScaffoldInput {
  slug: string;
  seedFile: string;
  title?: string;
  credits: readonly CreditCandidate[];
  dropped: readonly DroppedLine[];
  /** Comment lines to write above `published` (the date candidates). */
  dateNotes: readonly string[];
}

// JSON strings are valid YAML double-quoted scalars: one escaping for every value.
const q = (value: string) => JSON.stringify(value);

/** The report's frontmatter and body as one Markdown file. */
export function reportFile(input: ScaffoldInput, body: string): string {
  const lines = ["---"];
  if (input.title !== undefined) lines.push(`title: ${q(input.title)}`);
  else {
    lines.push(
      `title: ${q(toDo("title", "the document has no headline: write a neutral title in our words (titleEditorial stays true)."))}`,
      "titleEditorial: true",
    );
  }
  lines.push(
    "outlet:",
    `  evidence: ${q(toDo("outlet.evidence", "say what in the document names the outlet and add outlet.name, or say why it cannot be named (see the checklist)."))}`,
    "published:",
    ...input.dateNotes.map((note) => `  # ${note}`),
    `  date: ${q(toDo("published.date", "choose the publication day from the candidates listed above and in the checklist, as 'YYYY-MM-DD'."))}`,
    `  basis: ${q(toDo("published.basis", "'stated' if the document prints the date, 'inferred' if it is worked out."))}`,
    `  explanation: ${q(toDo("published.explanation", "say where the date is printed or which phrases it is inferred from."))}`,
  );
  if (input.credits.length === 0) lines.push("credits: []");
  else {
    lines.push("credits:");
    for (const c of input.credits)
      lines.push(`  - name: ${q(c.name)}`, `    role: ${c.role}`, `    quote: ${q(c.quote)}`);
  }
  lines.push(
    "summary:",
    `  text: ${q(toDo("summary.text", "write one neutral sentence in our words."))}`,
    "  sources:",
    `    - report: ${input.slug}`,
    `      quote: ${q(toDo("summary.sources.quote", "copy the words of the report that support the summary, one source per fact."))}`,
    "provenance:",
    `  seedFile: ${q(input.seedFile)}`,
  );
  if (input.dropped.length === 0) lines.push("  dropped: []");
  else lines.push("  dropped:", ...input.dropped.map((d) => `    - ${q(d.line)}`));
  lines.push("editorNotes: []", "---", "");
  return `${lines.join("\n")}\n${body}`;
}
