/**
 * From the words a reader types to the vocabulary's terms they may mean: the word's own stem,
 * the words it may be the start of while it is still being typed ("Panjsh" → "panjshir"), and
 * the words it may be a typo of ("loses" → "losse", the stem of "losses"), found by fuse.js over
 * the vocabulary when the word itself is not in it. Each candidate has a weight: how sure we
 * are the reader meant it.
 */
import Fuse, { type IFuseOptions } from "fuse.js/basic";
import { ENTRY_TERM } from "./searchIndex";
import { wordsOf } from "./words";

/** A vocabulary term a query word may mean, by its index in the vocabulary. */
export interface Candidate {
  term: number;
  /** 1 for the word itself; less for a completion or a likely typo. */
  weight: number;
}

/** Weight of a completion of the word being typed. */
const PREFIX_WEIGHT = 0.7;
/** Completions kept for the word being typed: the most common ones. */
const MAX_COMPLETIONS = 8;
/** A word being typed is completed from its third letter ("Pa" begins too many words to mean any). */
const MIN_PREFIX_LENGTH = 3;
/** A typo's weight is this times (1 − fuse's score). */
const TYPO_WEIGHT = 0.8;
/** Likely typos kept per word. */
const MAX_TYPOS = 4;
/** Words shorter than this match only themselves and their completions: a typo in "war" is another word. */
const MIN_TYPO_LENGTH = 4;
/** Letters a typo may add or drop. */
const MAX_LENGTH_CHANGE = 2;

// - threshold 0.34: about one wrong letter in three, counting a swap of two letters as two
//   ("captial" → "capital", "fighers" → "fighter", "resistence" → "resistance").
// - No ignoreLocation: the word and the term are aligned from their first letters.
const TYPO_OPTIONS: IFuseOptions<string> = { includeScore: true, threshold: 0.34, isCaseSensitive: true };

/** One word of the query and what it may mean. */
export interface QueryWord {
  /** The word as folded and stemmed. */
  stem: string;
  candidates: Candidate[];
}

/** Matches query words against one vocabulary; build it once per index. */
export function createTermMatcher(terms: readonly string[], df: readonly number[]) {
  // Words only (names are matched through the gazetteer); their positions in `terms`.
  const words: number[] = [];
  terms.forEach((term, i) => {
    if (!term.startsWith(ENTRY_TERM)) words.push(i);
  });
  // One fuse.js index per word length, over the words a typo of that length may mean (at most
  // MAX_LENGTH_CHANGE letters more or fewer): a fifth of the vocabulary each, made when needed.
  const byLength = new Map<number, { fuse: Fuse<string>; positions: number[] }>();
  const typos = (stem: string): Candidate[] => {
    const length = [...stem].length;
    let near = byLength.get(length);
    if (!near) {
      const positions = words.filter((i) => Math.abs([...terms[i]!].length - length) <= MAX_LENGTH_CHANGE);
      near = {
        fuse: new Fuse(
          positions.map((i) => terms[i]!),
          TYPO_OPTIONS,
        ),
        positions,
      };
      byLength.set(length, near);
    }
    const { fuse, positions } = near;
    return fuse
      .search(stem, { limit: MAX_TYPOS })
      .map((r) => ({ term: positions[r.refIndex]!, weight: TYPO_WEIGHT * (1 - (r.score ?? 1)) }));
  };
  const completions = (prefix: string): Candidate[] => {
    const found: number[] = [];
    for (let i = lowerBound(terms, prefix); i < terms.length && terms[i]!.startsWith(prefix); i++) {
      found.push(i);
    }
    return found
      .sort((a, b) => df[b]! - df[a]!)
      .slice(0, MAX_COMPLETIONS)
      .map((term) => ({ term, weight: PREFIX_WEIGHT }));
  };

  /** The words of `query` (two letters or more) and their candidates; the last is still being typed unless `complete`. */
  return (query: string, complete: boolean): QueryWord[] => {
    const typed = wordsOf(query).filter((w) => [...w.folded].length >= 2);
    return typed.map((word, n) => {
      const best = new Map<number, number>();
      const add = ({ term, weight }: Candidate) => best.set(term, Math.max(weight, best.get(term) ?? 0));
      const exact = indexOf(terms, word.stem);
      if (exact >= 0) add({ term: exact, weight: 1 });
      if (n === typed.length - 1 && !complete && [...word.folded].length >= MIN_PREFIX_LENGTH) {
        completions(word.folded).forEach(add);
      }
      // A word of the vocabulary is taken as meant; only one that is not may be a typo.
      if (exact < 0 && [...word.stem].length >= MIN_TYPO_LENGTH) typos(word.stem).forEach(add);
      return { stem: word.stem, candidates: [...best].map(([term, weight]) => ({ term, weight })) };
    });
  };
}

/** The first position in sorted `terms` not before `key`. */
function lowerBound(terms: readonly string[], key: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (terms[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The position of `key` in sorted `terms`, or -1. */
export function indexOf(terms: readonly string[], key: string): number {
  const at = lowerBound(terms, key);
  return terms[at] === key ? at : -1;
}
