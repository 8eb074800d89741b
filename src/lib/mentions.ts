/**
 * The one alias matcher: which gazetteer entries a text names, under any spelling. Used by
 * report pages, search and the people and places pages alike.
 */
import { foldForMatching, nameKey } from "./text";

/** What the matcher needs to know of a gazetteer entry. */
export interface NamedEntry {
  /** Gazetteer id. */
  id: string;
  /** Canonical name and aliases: each identifies this entry alone. */
  names: readonly string[];
  /** Short names that several entries may share ("Massoud"). */
  shortNames?: readonly string[];
}

/** The spellings of a gazetteer entry as its data files give them. */
export interface GazetteerNames {
  id: string;
  name: string;
  aliases?: readonly string[];
  transliterations?: readonly string[];
  shortNames?: readonly string[];
}

/**
 * What the matcher knows of a gazetteer entry: its name, aliases and transliterations identify
 * it alone; its short names may be shared. The one mapping, for the build and the import alike.
 */
export function namedEntryOf(entry: GazetteerNames): NamedEntry {
  return {
    id: entry.id,
    names: [entry.name, ...(entry.aliases ?? []), ...(entry.transliterations ?? [])],
    shortNames: entry.shortNames ?? [],
  };
}

/** One place in a text where a name occurs. */
export interface Mention {
  /** The entries the name may refer to: one, or several for a shared short name. */
  ids: readonly string[];
  /** True when the name is a short name shared by several entries. */
  ambiguous: boolean;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset after the last character in the original text. */
  end: number;
  /** The words as the text spells them. */
  text: string;
}

/** Finds mentions in texts. Build one per gazetteer with `createMentionFinder`. */
export type MentionFinder = (text: string) => Mention[];

// An acronym ("US", "AP", "NRF") matches only in capitals, so "us" and "ap" in prose do not.
const ACRONYM = /^[A-Z]{2,5}$/;
const LETTER_OR_DIGIT = "[\\p{L}\\p{N}]";

/** Entries that claim the same name (case- and accent-blind) where that is not allowed. */
export interface NameCollision {
  /** The name as first written. */
  name: string;
  /** The ids that claim it. */
  ids: string[];
}

/**
 * Names claimed by two entries: an alias or canonical name may belong to one entry only; a
 * short name may be shared by several entries but may not equal another entry's alias.
 */
export function findNameCollisions(entries: readonly NamedEntry[]): NameCollision[] {
  const exclusive = new Map<string, { name: string; ids: Set<string> }>();
  const shared = new Map<string, { name: string; ids: Set<string> }>();
  const add = (map: typeof exclusive, name: string, id: string) => {
    const key = nameKey(name);
    const slot = map.get(key) ?? { name, ids: new Set<string>() };
    slot.ids.add(id);
    map.set(key, slot);
  };
  for (const entry of entries) {
    for (const name of entry.names) add(exclusive, name, entry.id);
    for (const name of entry.shortNames ?? []) add(shared, name, entry.id);
  }
  const collisions: NameCollision[] = [];
  for (const [key, slot] of exclusive) {
    const ids = new Set([...slot.ids, ...(shared.get(key)?.ids ?? [])]);
    if (ids.size > 1) collisions.push({ name: slot.name, ids: [...ids].sort() });
  }
  return collisions;
}

/**
 * Builds the matcher for a gazetteer. It finds whole words only, case- and accent-blind
 * (acronyms in capitals only), and prefers the longest name at each place, so "Ahmad Shah
 * Massoud" is one mention and not also "Massoud".
 */
export function createMentionFinder(entries: readonly NamedEntry[]): MentionFinder {
  const blind = new Map<string, { ids: Set<string>; shared: boolean }>();
  const exact = new Map<string, { ids: Set<string>; shared: boolean }>();
  for (const entry of entries) {
    const groups: [readonly string[], boolean][] = [
      [entry.names, false],
      [entry.shortNames ?? [], true],
    ];
    for (const [names, shared] of groups) {
      for (const name of names) {
        const acronym = ACRONYM.test(name.trim());
        const key = acronym ? foldForMatching(name.trim(), true).folded : nameKey(name);
        if (!key) continue;
        const map = acronym ? exact : blind;
        const slot = map.get(key) ?? { ids: new Set<string>(), shared };
        slot.ids.add(entry.id);
        slot.shared &&= shared;
        map.set(key, slot);
      }
    }
  }
  const blindNames = nameDispatch([...blind.keys()], "giu");
  const exactNames = nameDispatch([...exact.keys()], "gu");
  const blindFound = foundNames(blind);
  const exactFound = foundNames(exact);

  return (text: string) => {
    const candidates: Mention[] = [];
    const scan = (names: NameDispatch, keepCase: boolean, map: typeof blindFound) => {
      if (names.count === 0) return;
      const { folded, origin } = foldForMatching(text, keepCase);
      for (const match of namesIn(folded, names)) {
        const slot = map.get(match.key);
        if (!slot) continue;
        const start = origin[match.index]!;
        const end = origin[match.index + match.key.length - 1]! + 1;
        candidates.push({
          ids: slot.ids,
          ambiguous: slot.ambiguous,
          start,
          end: adjustEnd(text, end),
          text: text.slice(start, adjustEnd(text, end)),
        });
      }
    };
    scan(blindNames, false, blindFound);
    scan(exactNames, true, exactFound);
    // Longest first, then leftmost: a shorter match inside a longer one is dropped.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Mention[] = [];
    for (const candidate of candidates) {
      if (kept.every((m) => candidate.end <= m.start || candidate.start >= m.end)) kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  };
}

/**
 * What a mention of each name says: its ids, sorted once and shared by all its mentions (there
 * are millions at scale), and whether it is a shared short name claimed by several entries.
 */
function foundNames(
  slots: Map<string, { ids: Set<string>; shared: boolean }>,
): Map<string, Pick<Mention, "ids" | "ambiguous">> {
  const found = new Map<string, Pick<Mention, "ids" | "ambiguous">>();
  for (const [key, { ids, shared }] of slots) {
    found.set(key, { ids: Object.freeze([...ids].sort()), ambiguous: shared && ids.size > 1 });
  }
  return found;
}

// The folded end points at the first unit of the last character; extend over a surrogate pair.
function adjustEnd(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end + 1 : end;
}

/**
 * The names to find, by their first word: at each word of a text only the names that begin with
 * it are tried, longest first, so the cost of a text does not grow with the gazetteer. Names
 * that do not begin with a letter or digit (the gazetteer has none) are found by a regular
 * expression of their own, and overlaps with them are settled as any overlap is, longest first.
 */
interface NameDispatch {
  count: number;
  byFirstWord: Map<string, string[]>;
  rest: RegExp | null;
}

const FIRST_WORD = new RegExp(`^${LETTER_OR_DIGIT}+`, "u");
const WORDS = new RegExp(`${LETTER_OR_DIGIT}+`, "gu");
const WORD_CHAR = new RegExp(`^${LETTER_OR_DIGIT}`, "u");

function nameDispatch(keys: string[], flags: string): NameDispatch {
  const byFirstWord = new Map<string, string[]>();
  const rest: string[] = [];
  for (const key of keys) {
    const first = FIRST_WORD.exec(key)?.[0];
    if (first === undefined) rest.push(key);
    else (byFirstWord.get(first) ?? byFirstWord.set(first, []).get(first)!).push(key);
  }
  for (const list of byFirstWord.values()) list.sort(longestFirst);
  return { count: keys.length, byFirstWord, rest: alternation(rest, flags) };
}

const longestFirst = (a: string, b: string) => b.length - a.length || a.localeCompare(b);

/**
 * Where names occur in a folded text, left to right, never overlapping: at each word, the
 * longest name that begins there and ends at a word's end, as a regular expression alternating
 * the names (longest first, between word boundaries) would find them.
 */
function namesIn(folded: string, names: NameDispatch): { index: number; key: string }[] {
  const found: { index: number; key: string }[] = [];
  let from = 0;
  for (const word of folded.matchAll(WORDS)) {
    if (word.index < from) continue;
    const key = names.byFirstWord
      .get(word[0])
      ?.find(
        (k) =>
          folded.startsWith(k, word.index) &&
          !WORD_CHAR.test(folded.slice(word.index + k.length, word.index + k.length + 2)),
      );
    if (key === undefined) continue;
    found.push({ index: word.index, key });
    from = word.index + key.length;
  }
  if (names.rest)
    for (const match of folded.matchAll(names.rest)) found.push({ index: match.index, key: match[0] });
  return found;
}

function alternation(keys: string[], flags: string): RegExp | null {
  if (keys.length === 0) return null;
  const body = keys
    .sort(longestFirst)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${body})(?!${LETTER_OR_DIGIT})`, flags);
}

/** The distinct ids a text names without ambiguity, in order of first mention. */
export function mentionedIds(mentions: readonly Mention[]): string[] {
  const ids = new Set<string>();
  for (const mention of mentions) if (!mention.ambiguous) mention.ids.forEach((id) => ids.add(id));
  return [...ids];
}

/** A mention as kept between builds: start, end, 1 if ambiguous else 0, then the ids. */
export type PackedMention = [number, number, 0 | 1, ...string[]];

/** Mentions in the compact form kept between builds (the text is the passage's, not repeated). */
export const packMentions = (mentions: readonly Mention[]): PackedMention[] =>
  mentions.map((m) => [m.start, m.end, m.ambiguous ? 1 : 0, ...m.ids]);

/**
 * The mentions of `text` from their packed form. Equal lists of ids are one array, as the finder
 * gives them (`ids`, shared by every call for one build).
 */
export function unpackMentions(
  packed: readonly PackedMention[],
  text: string,
  ids: Map<string, readonly string[]>,
): Mention[] {
  return packed.map(([start, end, ambiguous, ...named]) => {
    const key = named.join(" ");
    let shared = ids.get(key);
    if (!shared) ids.set(key, (shared = named));
    return { ids: shared, ambiguous: ambiguous === 1, start, end, text: text.slice(start, end) };
  });
}
