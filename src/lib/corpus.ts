/**
 * The corpus: every collection joined into one checked, cross-referenced structure that pages,
 * search and feeds read. It is where the rules live that one entry's schema cannot see: ids
 * unique across the gazetteer, an alias claimed by two entries, a quote that is not in its
 * report, an unknown id, an unreadable date. Every problem is reported at once, each naming
 * the file, the field and the fix. Claims are typed by their topic and their disputes computed
 * from values (src/lib/claims.ts).
 *
 * It is built in phases (src/lib/corpus/), each adding to one collector of problems: the
 * reports' texts, which quotes resolve against; the gazetteer; the reports checked and
 * mentioned; the chronology's registries; the events; and the indexes. The shapes are in
 * src/lib/corpus/types.ts.
 */
import { buildEvents } from "./corpus/events";
import { buildGazetteer } from "./corpus/gazetteer";
import { byId, indexCorpus } from "./corpus/indexes";
import { Problems } from "./corpus/problems";
import { readRegistries } from "./corpus/registries";
import { checkReports, readReports } from "./corpus/reports";
import { sourceResolver } from "./corpus/sources";
import type { Corpus, CorpusInput } from "./corpus/types";

/** Joins and checks every collection; throws a ContentError listing every problem. */
export function buildCorpus(input: CorpusInput): Corpus {
  const problems = new Problems();
  const texts = readReports(input.reports, problems);
  const resolve = sourceResolver(texts, problems);
  const gazetteer = buildGazetteer(input, resolve, problems);
  const reports = checkReports(texts, gazetteer.findMentions, resolve);
  const reportsById = byId(reports);
  const registries = readRegistries(input, gazetteer.byId, problems);
  const events = buildEvents(input.events, {
    gazetteerById: gazetteer.byId,
    reports,
    reportsById,
    registries,
    resolve,
    problems,
  });
  problems.throwIfAny();
  return indexCorpus({ reports, reportsById, gazetteer, registries, events });
}
