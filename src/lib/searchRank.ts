/**
 * Ranking (docs/SEARCH.md has the formula with examples). A passage's score is BM25 over the
 * query's words, each word counted once through its best candidate term (its own stem, a
 * completion or a likely typo, weighted by how sure that reading is), times the share of the
 * query's words it holds, times a bonus when they stand close together; plus the best score of
 * any matched name it mentions. A report ranks by its best passage, with a small bonus for
 * each further passage that matches.
 */
import type { Postings, SearchCore } from "./searchIndex";
import { termWeight, WEIGHT_SCALE } from "./searchIndex";
import type { QueryWord } from "./searchTerms";

/** Up to this factor more for query words side by side (1 + PROXIMITY / (1 + gap in words)). */
const PROXIMITY = 0.5;
/** A report's score: its best passage's, plus BREADTH × ln(number of its matching passages). */
const BREADTH = 0.3;

/** What a passage or event is matched through: the query's words, and the names it matched. */
export interface Matchers {
  words: readonly QueryWord[];
  /** Entry terms (`#id`) with the weight of the name match (1 − fuse's score). */
  names: readonly { term: number; weight: number }[];
  /** Postings of a term, or undefined when its file is not loaded. */
  postings: (term: number) => Postings | undefined;
}

/** A matching passage: its report, its number in the report, and its score. */
export interface ScoredPassage {
  report: number;
  passage: number;
  score: number;
}

/** A report with its matching passages, best first. */
export interface RankedReport {
  report: number;
  score: number;
  passages: ScoredPassage[];
}

/** BM25's inverse document frequency. */
export function idf(core: SearchCore, term: number): number {
  const df = core.df[term]!;
  return Math.log(1 + (core.passages - df + 0.5) / (df + 0.5));
}

interface Tally {
  /** Per query word: its best contribution and where it stands. */
  words: { score: number; position: number }[];
  names: number;
}

/** How to read one kind of posting (passages or events): a key per document, or undefined to skip it. */
interface Reader {
  list: (postings: Postings) => number[];
  /** Numbers per posting, and where in it the weight and (passages only) the position are. */
  stride: number;
  weightAt: number;
  positionAt?: number;
  key: (list: readonly number[], i: number) => number | undefined;
}

/** Each document's tally over every candidate term of every query word and every matched name. */
function tallyAll(core: SearchCore, m: Matchers, reader: Reader): Map<number, Tally> {
  const tallies = new Map<number, Tally>();
  const walk = (term: number, weight: number, into: (t: Tally, score: number, position: number) => void) => {
    const list = reader.list(m.postings(term) ?? { df: 0, p: [], e: [] });
    const factor = (weight * idf(core, term)) / WEIGHT_SCALE;
    for (let i = 0; i < list.length; i += reader.stride) {
      const key = reader.key(list, i);
      if (key === undefined) continue;
      let t = tallies.get(key);
      if (!t) tallies.set(key, (t = { words: m.words.map(() => ({ score: 0, position: 0 })), names: 0 }));
      into(t, factor * list[i + reader.weightAt]!, reader.positionAt ? list[i + reader.positionAt]! : 0);
    }
  };
  m.words.forEach((word, w) => {
    for (const { term, weight } of word.candidates) {
      walk(term, weight, (t, score, position) => {
        if (score > t.words[w]!.score) t.words[w] = { score, position };
      });
    }
  });
  for (const { term, weight } of m.names)
    walk(term, weight, (t, score) => (t.names = Math.max(t.names, score)));
  return tallies;
}

/** Every passage that holds each word of the query or names a matched entry, scored. */
export function scorePassages(
  core: SearchCore,
  m: Matchers,
  keep: (report: number) => boolean,
): ScoredPassage[] {
  const reader: Reader = {
    list: (postings) => postings.p,
    stride: 4,
    weightAt: 2,
    positionAt: 3,
    key: (list, i) => (keep(list[i]!) ? list[i]! * 65536 + list[i + 1]! : undefined),
  };
  const scored: ScoredPassage[] = [];
  for (const [key, t] of tallyAll(core, m, reader)) {
    const score = passageScore(t);
    if (score > 0) scored.push({ report: Math.floor(key / 65536), passage: key % 65536, score });
  }
  return scored;
}

/** A passage's score from its tally; 0 when it holds not every word and names no matched entry. */
function passageScore({ words, names }: Tally): number {
  const held = words.filter((w) => w.score > 0);
  if (held.length < words.length && names === 0) return 0;
  const sum = held.reduce((total, w) => total + w.score, 0);
  let proximity = 1;
  if (held.length >= 2) {
    const positions = held.map((w) => w.position);
    const gap = Math.max(...positions) - Math.min(...positions) - (held.length - 1);
    proximity = 1 + PROXIMITY / (1 + Math.max(0, gap));
  }
  return (sum * proximity * held.length) / Math.max(1, words.length) + names;
}

/**
 * The reports that hold every word of the query, in publication order, or undefined when every
 * postings list the query reads is whole (then the passages scored are all there is). A term
 * whose list was cut (Postings.r) answers with every report that holds it.
 */
export function reportsHoldingAll(core: SearchCore, m: Matchers): number[] | undefined {
  let cut = false;
  // For each report, how many of the query's words it holds; `seen` keeps a report from being
  // counted twice for one word (through two of its candidates).
  const words = new Uint16Array(core.reports.day.length);
  const seen = new Int32Array(core.reports.day.length).fill(-1);
  const mark = (report: number, w: number) => {
    if (seen[report] !== w) {
      seen[report] = w;
      words[report]!++;
    }
  };
  m.words.forEach((word, w) => {
    for (const { term } of word.candidates) {
      const postings = m.postings(term);
      if (!postings) continue;
      if (postings.r) {
        cut = true;
        let report = 0;
        for (const step of postings.r) mark((report += step), w);
      } else for (let i = 0; i < postings.p.length; i += 4) mark(postings.p[i]!, w);
    }
  });
  if (!cut) return undefined;
  const holding: number[] = [];
  words.forEach((held, report) => {
    if (held === m.words.length) holding.push(report);
  });
  return holding;
}

/**
 * Scores a passage from its own words (stems, in order), for reports found through
 * reportsHoldingAll whose passages were left out of a cut postings list.
 */
export function scoreWords(core: SearchCore, m: Matchers, stems: readonly string[]): number {
  const tally: Tally = { words: m.words.map(() => ({ score: 0, position: 0 })), names: 0 };
  m.words.forEach((word, w) => {
    for (const { term, weight } of word.candidates) {
      const wanted = core.terms[term];
      const first = stems.indexOf(wanted!);
      if (first < 0) continue;
      const tf = stems.filter((stem) => stem === wanted).length;
      const score =
        (weight * idf(core, term) * termWeight(tf, stems.length, core.averageLength)) / WEIGHT_SCALE;
      if (score > tally.words[w]!.score) tally.words[w] = { score, position: first };
    }
  });
  return passageScore(tally);
}

/** Passages grouped by report, reports best first (ties: publication order), passages best first. */
export function rankReports(passages: readonly ScoredPassage[]): RankedReport[] {
  const byReport = new Map<number, ScoredPassage[]>();
  for (const hit of passages) {
    const list = byReport.get(hit.report);
    if (list) list.push(hit);
    else byReport.set(hit.report, [hit]);
  }
  return [...byReport]
    .map(([report, list]) => {
      list.sort((a, b) => b.score - a.score || a.passage - b.passage);
      return { report, score: list[0]!.score + BREADTH * Math.log(list.length), passages: list };
    })
    .sort((a, b) => b.score - a.score || a.report - b.report);
}

/** Events whose headline holds each word of the query or that involve a matched entry, best first. */
export function scoreEvents(
  core: SearchCore,
  m: Matchers,
  keep: (event: number) => boolean,
): { event: number; score: number }[] {
  const reader: Reader = {
    list: (postings) => postings.e,
    stride: 2,
    weightAt: 1,
    key: (list, i) => (keep(list[i]!) ? list[i]! : undefined),
  };
  return [...tallyAll(core, m, reader)]
    .map(([event, t]) => ({ event, score: passageScore(t) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.event - b.event);
}
