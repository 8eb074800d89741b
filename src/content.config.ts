/**
 * Every collection of the site: where its entries are read from and the schema that checks
 * them. The schemas, one documented field at a time, are the editors' manual: they live in
 * `src/schemas/`, one module per topic (reports, gazetteer, chronology).
 *
 * Cross-entry rules that one entry's schema cannot see (an alias claimed by two entries, a quote
 * that is not in its report, an unknown id) are checked when the corpus is assembled, in
 * `src/lib/corpus.ts`.
 */
import { defineCollection } from "astro:content";
import type { z } from "astro/zod";
import { reportFiles } from "@/content/reportFiles";
import { REPORTS_FOLDER } from "@/lib/contentFolders";
import { yamlMappingFile } from "@/content/yamlMappingFile";
import { ENTRY_KINDS } from "@/lib/entryKinds";
import { eraSchema, eventSchema, partySchema, topicSchema } from "@/schemas/chronology";
import { organisationSchema, personSchema, placeSchema } from "@/schemas/gazetteer";
import { reportSchema } from "@/schemas/report";

/** A collection read from one YAML mapping file (id: entry), strictly. */
const fromYaml = <S extends z.ZodTypeAny>(file: string, schema: S) =>
  defineCollection({ loader: yamlMappingFile(file), schema });

/** The collections, by the names pages pass to `getCollection`. */
export const collections = {
  reports: defineCollection({
    // Only the frontmatter goes into the content store; the text is read from the file.
    loader: reportFiles(REPORTS_FOLDER),
    schema: reportSchema,
  }),
  people: fromYaml(ENTRY_KINDS.person.file, personSchema),
  places: fromYaml(ENTRY_KINDS.place.file, placeSchema),
  organisations: fromYaml(ENTRY_KINDS.organisation.file, organisationSchema),
  events: fromYaml("content/events.yaml", eventSchema),
  eras: fromYaml("content/eras.yaml", eraSchema),
  parties: fromYaml("content/parties.yaml", partySchema),
  topics: fromYaml("content/topics.yaml", topicSchema),
};
