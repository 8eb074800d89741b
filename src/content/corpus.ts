/**
 * The one place that reads the content collections. Every page calls `getCorpus()`; the
 * collections are read and checked once per build, however many pages ask.
 */
import { getCollection } from "astro:content";
import { buildCorpus, type Corpus } from "@/lib/corpus";

let corpus: Promise<Corpus> | undefined;

/** The checked corpus (see src/lib/corpus.ts); throws a ContentError naming every problem. */
export function getCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}

async function load(): Promise<Corpus> {
  const [reports, people, places, organisations, events, eras] = await Promise.all([
    getCollection("reports"),
    getCollection("people"),
    getCollection("places"),
    getCollection("organisations"),
    getCollection("events"),
    getCollection("eras"),
  ]);
  return buildCorpus({ reports, people, places, organisations, events, eras });
}
