/**
 * Words for full-text search: the same tokens at build time (the index's vocabulary) and in the
 * browser (the query, and the highlights of a passage), so the two always agree.
 *
 * A word is a run of letters and digits, folded as names are (case, accents, quote marks and
 * Arabic-script variants; src/lib/text.ts), with a possessive "'s" dropped and then reduced to
 * its stem by a light English plural stemmer (Harman's "S" stemmer, with "-shes", "-ches",
 * "-xes", "-sses" and "-zes" losing their "es"): "fighters" and "fighter" are one term, "forces"
 * and "force", "casualties" and "casualty", "losses" and "loss". Other inflections ("attacked",
 * "attacking") stay apart: the S stemmer never merges unrelated words, which fuller stemmers do.
 */
import { foldForMatching, foldForSearch } from "./text";

/** A word of a text: its stem, and where it is in the original text. */
export interface Word {
  stem: string;
  /** The word as folded, before stemming (what a prefix is matched against). */
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The stem of a folded word: "'s" dropped, then plural endings (see the module comment). */
export function stem(word: string): string {
  const base = word.replace(/'s?$/, "");
  if (!/^[a-z]+$/.test(base) || base.length <= 3) return base;
  if (base.endsWith("ies") && !/[ae]ies$/.test(base)) return `${base.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss|z)es$/.test(base)) return base.slice(0, -2);
  if (base.endsWith("es") && !/[aeo]es$/.test(base)) return base.slice(0, -1);
  if (base.endsWith("s") && !/[us]s$/.test(base)) return base.slice(0, -1);
  return base;
}

/** The words of `text`, in order, with their offsets in `text`. */
export function wordsOf(text: string): Word[] {
  const { folded, origin } = foldForMatching(text);
  const words: Word[] = [];
  for (const match of folded.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    words.push({ stem: stem(match[0]), folded: match[0], start: origin[start]!, end: origin[end - 1]! + 1 });
  }
  return words;
}

/** The stems of `text` in order: what the index counts (as wordsOf, without the offsets). */
export function stemsOf(text: string): string[] {
  return [...foldForSearch(text).matchAll(WORD)].map((match) => stem(match[0]));
}
