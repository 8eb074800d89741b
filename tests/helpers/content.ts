/**
 * Reads a content folder the way the build does (the real schemas, the strict YAML parser) into
 * a CorpusInput, so tests can build the corpus from the real content or from fixtures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "astro/zod";
import { eraSchema, eventSchema, partySchema, topicSchema } from "@/schemas/chronology";
import { organisationSchema, personSchema, placeSchema } from "@/schemas/gazetteer";
import { reportSchema } from "@/schemas/report";
import type { CorpusInput, EntryInput } from "@/lib/corpus/types";
import { parseYamlMapping } from "@/lib/yamlMapping";
import { splitFrontmatter } from "@/lib/frontmatter";

/** The project's content folder. */
export const CONTENT_DIR = new URL("../../content/", import.meta.url).pathname;

// One frontmatter splitter for the tests and the import command.
export { splitFrontmatter };

function mapping<S extends z.ZodTypeAny>(dir: string, file: string, schema: S): EntryInput<z.output<S>>[] {
  const path = join(dir, file);
  const data = parseYamlMapping(readFileSync(path, "utf8"), path);
  return Object.entries(data).map(([id, raw]) => ({ id, filePath: path, data: schema.parse(raw) }));
}

/** Every collection of a content folder, validated by the real schemas. */
export function loadContent(dir = CONTENT_DIR): CorpusInput {
  const reportDir = join(dir, "reports");
  const reports = readdirSync(reportDir)
    .filter((f) => f.endsWith(".md"))
    .map((file) => {
      const { data, body } = splitFrontmatter(readFileSync(join(reportDir, file), "utf8"));
      return {
        id: file.replace(/\.md$/, ""),
        filePath: join(reportDir, file),
        body,
        data: reportSchema.parse(data),
      };
    });
  return {
    reports,
    people: mapping(dir, "gazetteer/people.yaml", personSchema),
    places: mapping(dir, "gazetteer/places.yaml", placeSchema),
    organisations: mapping(dir, "gazetteer/organisations.yaml", organisationSchema),
    events: mapping(dir, "events.yaml", eventSchema),
    eras: mapping(dir, "eras.yaml", eraSchema),
    parties: mapping(dir, "parties.yaml", partySchema),
    topics: mapping(dir, "topics.yaml", topicSchema),
  };
}

/**
 * `input` with its reports copied `times` times over (ids `<id>-copy-<n>`, source names
 * `copy-<n>-<file>`), for tests that need a larger corpus of the real reports.
 */
export function withReportCopies(input: CorpusInput, times: number): CorpusInput {
  const copies = Array.from({ length: times }, (_, i) =>
    input.reports.map((r) => ({
      ...r,
      id: `${r.id}-copy-${i}`,
      data: {
        ...r.data,
        provenance: { ...r.data.provenance, seedFile: `copy-${i}-${r.data.provenance.seedFile}` },
      },
    })),
  ).flat();
  return { ...input, reports: [...input.reports, ...copies] };
}
