/**
 * Every collection of the site and its schema. The schemas are the editors' manual: each field
 * says what it means, and each error message says how to fix it. Astro prints these messages
 * with the file and the field when a build meets bad content.
 *
 * Cross-entry rules that one entry's schema cannot see (an alias claimed by two entries, a quote
 * that is not in its report, an unknown id) are checked when the corpus is assembled, in
 * `src/lib/corpus.ts`.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { isIsoCalendarDate } from "@/lib/dates";
import { isWhenExpression, WHEN_EXAMPLES } from "@/lib/when";
import { yamlMappingFile } from "@/content/yamlMappingFile";

/** A non-empty line of text; `fix` is the message an editor sees when it is missing or wrong. */
const text = (fix: string) => z.string({ required_error: fix, invalid_type_error: fix }).trim().min(1, fix);

/** A gazetteer, report or event id: lower-case words joined by hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) =>
  text(`Give the ${what} id in lower-case words joined by hyphens, e.g. "ahmad-massoud".`).regex(
    ID_PATTERN,
    `The ${what} id must be lower-case words joined by hyphens, e.g. "ahmad-massoud".`,
  );

/**
 * A calendar day as a quoted string `'YYYY-MM-DD'`. Quoted, because YAML reads an unquoted
 * 2021-02-30 as a timestamp and silently rolls it over to 2 March.
 */
const isoDate = z
  .string({
    required_error: "Give the date as a quoted 'YYYY-MM-DD' string, e.g. '2021-09-03'.",
    invalid_type_error:
      "Quote the date, e.g. '2021-09-03': YAML turns an unquoted date into a timestamp and rolls impossible days over.",
  })
  .refine(isIsoCalendarDate, {
    message: "Not a real calendar day: write an existing date as 'YYYY-MM-DD', e.g. '2021-09-03'.",
  });

/** A passage of a report that supports a statement: the report's id and a verbatim quote. */
export const sourceSchema = z
  .object({
    /** Id of the report (its file name in content/reports without `.md`). */
    report: id("report"),
    /**
     * Words copied exactly from that report (whitespace and quote marks may differ). The build
     * finds the paragraph that holds them and links to it; a quote that is not there fails it.
     */
    quote: text("Copy a quote from the report, word for word, that supports the statement."),
  })
  .strict();

/** Editorial text (our words, never the reports'), with the report passages that support it. */
export const editorialSchema = z
  .object({
    /** One neutral sentence in our words. Shown marked as editorial. */
    text: text("Write one neutral sentence in our own words."),
    /** The passages that support every fact the sentence states (at least one). */
    sources: z
      .array(sourceSchema, {
        required_error: "List at least one { report, quote } that supports the text.",
      })
      .min(1, "List at least one { report, quote } that supports the text."),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Reports

/** The kinds of mistake an editor's note records. The text itself is never corrected. */
export const EDITOR_NOTE_KINDS = [
  "misspelling",
  "wrong name",
  "doubled word",
  "garbled sentence",
  "inconsistency",
  "repeated text",
  "missing context",
  "stray punctuation",
] as const;

/** Roles of the organisations and people a report credits. */
export const CREDIT_ROLES = [
  "news agency",
  "photo agency",
  "photographer",
  "broadcaster",
  "publication",
  "research firm",
  "image source",
] as const;

/** Frontmatter of `content/reports/<slug>.md`. Unknown keys are rejected. */
export const reportSchema = z
  .object({
    /**
     * The headline exactly as the source document gives it; when the document has none, a
     * neutral title in our words with `titleEditorial: true`.
     */
    title: text("Copy the headline exactly as the source document gives it."),
    /** True when the document has no headline and `title` is ours. Default false. */
    titleEditorial: z.boolean().default(false),
    /** Who published the report, as far as the document itself shows. */
    outlet: z
      .object(
        {
          /** The publisher's name; leave it out when the document does not establish it. */
          name: text("Give the outlet's name, or remove `name` if the document does not show it.").optional(),
          /** What in the document shows the outlet, or why it cannot be named. Always required. */
          evidence: text("Say what in the document names the outlet, or why the outlet cannot be named."),
        },
        { required_error: "Add `outlet: { evidence: … }` (and `name` when the document shows it)." },
      )
      .strict(),
    /** When the report was published, and how we know. */
    published: z
      .object(
        {
          /** The publication day. Weekday phrases in the text ("on Wednesday") resolve against it. */
          date: isoDate,
          /** `stated`: the document prints the date; `inferred`: worked out from its contents. */
          basis: z.enum(["stated", "inferred"], {
            errorMap: () => ({ message: "Set basis to 'stated' or 'inferred'." }),
          }),
          /** How the date is known: where it is printed, or which references it is inferred from. */
          explanation: text("Explain where the date is printed, or how it was inferred."),
        },
        { required_error: "Add `published: { date, basis, explanation }`." },
      )
      .strict(),
    /** Agencies, broadcasters, publications and photographers the text names as sources. */
    credits: z
      .array(
        z
          .object({
            /** The name as an organisation or person, e.g. "AFP". */
            name: text("Give the credited name, e.g. 'AFP'."),
            /** What it contributed. */
            role: z.enum(CREDIT_ROLES, {
              errorMap: () => ({ message: `Set role to one of: ${CREDIT_ROLES.join(", ")}.` }),
            }),
            /** The words of the report that name it, verbatim. */
            quote: text("Copy the words of the report that name this credit."),
          })
          .strict(),
      )
      .default([]),
    /** A neutral one-sentence summary in our words, with the passages it rests on. */
    summary: editorialSchema,
    /** Where the copy comes from. */
    provenance: z
      .object(
        {
          /** File name of the source document this report copies, e.g. `000_c7f6f9536d71ed59.txt`. */
          seedFile: text("Name the source document this report copies, e.g. '000_c7f6f9536d71ed59.txt'."),
          /** Every line of page chrome left out of the copy, verbatim (ads, forms, "Read More"). */
          dropped: z.array(z.string()).default([]),
        },
        { required_error: "Add `provenance: { seedFile, dropped }`." },
      )
      .strict(),
    /** The source's own mistakes, kept in the text and explained here. */
    editorNotes: z
      .array(
        z
          .object({
            /** What kind of mistake it is. */
            kind: z.enum(EDITOR_NOTE_KINDS, {
              errorMap: () => ({ message: `Set kind to one of: ${EDITOR_NOTE_KINDS.join(", ")}.` }),
            }),
            /** The mistaken words, verbatim from the report. */
            quote: text("Copy the mistaken words from the report, verbatim."),
            /** What is wrong and what was probably meant, in neutral words. */
            note: text("Explain the mistake in a neutral sentence."),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Gazetteer

/** Spellings of a name. */
const names = {
  /** The name the site uses in headings and lists. */
  name: text("Give the entry a canonical `name`."),
  /**
   * Every other spelling the reports use for the entry (each must occur in a report). Each
   * identifies this entry alone: a name claimed by two entries fails the build. Matched case-
   * and accent-blind, whole words only; an all-capital acronym ("US") matches in capitals only.
   */
  aliases: z.array(text("An alias cannot be empty.")).default([]),
  /**
   * Common spellings the reports do not use but readers may type ("Panjsher"). Matched like
   * aliases and, like them, owned by one entry.
   */
  transliterations: z.array(text("A transliteration cannot be empty.")).default([]),
  /**
   * Short forms that may be shared by several entries, such as "Massoud" for both father and
   * son. A passage using one is tagged with every entry that shares it, and never linked.
   */
  shortNames: z.array(text("A short name cannot be empty.")).default([]),
};

/** A relation the reports state, e.g. Ahmad Massoud "son of" Ahmad Shah Massoud. */
export const relationSchema = z
  .object({
    /** The relation in a few lower-case words, read as "<this entry> <predicate> <object>". */
    predicate: text("Write the relation in a few words, e.g. 'son of'."),
    /** Id of the other gazetteer entry. */
    object: id("gazetteer"),
    /** The passage that states the relation. */
    source: sourceSchema,
  })
  .strict();

/** A person the reports name (`content/gazetteer/people.yaml`, keyed by id). */
export const personSchema = z
  .object({
    ...names,
    /** One neutral line on who the person is, with its sources. */
    description: editorialSchema,
    /** Relations the reports state. */
    relations: z.array(relationSchema).default([]),
  })
  .strict();

/** Kinds of place. */
export const PLACE_KINDS = [
  "country",
  "province",
  "valley",
  "district",
  "city",
  "town",
  "area",
  "mountain pass",
] as const;

/** A place the reports name (`content/gazetteer/places.yaml`, keyed by id). */
export const placeSchema = z
  .object({
    ...names,
    /** What kind of place it is. */
    kind: z.enum(PLACE_KINDS, {
      errorMap: () => ({ message: `Set kind to one of: ${PLACE_KINDS.join(", ")}.` }),
    }),
    /** One neutral line on the place, with its sources. */
    description: editorialSchema,
    /** Where it is, in decimal degrees (WGS 84). Editorial: the reports give no coordinates. */
    coordinates: z
      .object(
        {
          /** Latitude, −90 (south) to 90 (north). */
          lat: z
            .number({ invalid_type_error: "Give lat as a number of degrees, e.g. 35.31." })
            .min(-90, "lat must be between -90 and 90.")
            .max(90, "lat must be between -90 and 90."),
          /** Longitude, −180 (west) to 180 (east). */
          lon: z
            .number({ invalid_type_error: "Give lon as a number of degrees, e.g. 69.52." })
            .min(-180, "lon must be between -180 and 180.")
            .max(180, "lon must be between -180 and 180."),
          /** Where the coordinates come from, e.g. "GeoNames, district centre (approximate)". */
          basis: text("Say where the coordinates come from and how precise they are."),
        },
        { required_error: "Add `coordinates: { lat, lon, basis }` for every place." },
      )
      .strict(),
    /** Relations the reports state, e.g. "capital of". */
    relations: z.array(relationSchema).default([]),
  })
  .strict();

/** An organisation the reports name (`content/gazetteer/organisations.yaml`, keyed by id). */
export const organisationSchema = z
  .object({
    ...names,
    /** One neutral line on the organisation, with its sources. */
    description: editorialSchema,
    /** Relations the reports state, e.g. "led by". */
    relations: z.array(relationSchema).default([]),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Chronology

/** One report's support for an event: where it says so, who says so, when, and what figures. */
export const citationSchema = sourceSchema
  .extend({
    /**
     * Who makes the claim: a gazetteer id (e.g. "nrf", "zabihullah-mujahid"), "outlet" for the
     * report's own voice, or a plain description for an unnamed source ("one resident").
     */
    claimant: text(
      'Say who makes the claim: a gazetteer id, "outlet", or a description such as "one resident".',
    ),
    /**
     * When the report says it happened, in the report's words or as a date: e.g.
     * ${WHEN_EXAMPLES}. Weekday phrases resolve against the report's publication date.
     */
    when: z
      .string()
      .refine(isWhenExpression, {
        message: `Write the date as the report words it or as a date, e.g. ${WHEN_EXAMPLES}.`,
      })
      .optional(),
    /**
     * Figures or outcomes this claimant gives, by topic, e.g. { "Taliban killed": "34" }.
     * Different values for the same topic across citations mark the event as disputed.
     */
    claims: z.record(z.string(), text("A claim cannot be empty.")).default({}),
  })
  .strict();

/** An event of the chronology (`content/events.yaml`, keyed by id). */
export const eventSchema = z
  .object({
    /** A neutral headline in our words (editorial). */
    headline: text("Write a neutral headline in our own words."),
    /** Gazetteer ids of the people, places and organisations involved. */
    involves: z.array(id("gazetteer")).default([]),
    /** The reports that carry the event; at least one, and at least one with `when`. */
    citations: z
      .array(citationSchema, { required_error: "List at least one citation." })
      .min(1, "List at least one citation: { report, quote, claimant, when }."),
  })
  .strict();

/** A part of the chronology (`content/eras.yaml`, keyed by id), in order of `from`. */
export const eraSchema = z
  .object({
    /** Heading of the part. */
    title: text("Give the era a title."),
    /** First day the era covers. Events dated before the first era's start belong to it. */
    from: isoDate,
  })
  .strict();

const reports = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/reports" }),
  schema: reportSchema,
});
const people = defineCollection({
  loader: yamlMappingFile("content/gazetteer/people.yaml"),
  schema: personSchema,
});
const places = defineCollection({
  loader: yamlMappingFile("content/gazetteer/places.yaml"),
  schema: placeSchema,
});
const organisations = defineCollection({
  loader: yamlMappingFile("content/gazetteer/organisations.yaml"),
  schema: organisationSchema,
});
const events = defineCollection({
  loader: yamlMappingFile("content/events.yaml"),
  schema: eventSchema,
});
const eras = defineCollection({
  loader: yamlMappingFile("content/eras.yaml"),
  schema: eraSchema,
});

export const collections = { reports, people, places, organisations, events, eras };

/** A report's frontmatter after validation. */
export type ReportData = z.output<typeof reportSchema>;
/** A person entry after validation. */
export type PersonData = z.output<typeof personSchema>;
/** A place entry after validation. */
export type PlaceData = z.output<typeof placeSchema>;
/** An organisation entry after validation. */
export type OrganisationData = z.output<typeof organisationSchema>;
/** A chronology event after validation. */
export type EventData = z.output<typeof eventSchema>;
/** A citation of an event after validation. */
export type CitationData = z.output<typeof citationSchema>;
/** An era after validation. */
export type EraData = z.output<typeof eraSchema>;
/** A `{ report, quote }` source. */
export type SourceData = z.output<typeof sourceSchema>;
