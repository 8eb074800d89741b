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
import { STATUS_VALUES, TOPIC_TYPES, VAGUE_COUNT_WORDS, VERIFICATION_STATUSES } from "@/lib/claims";
import { yamlMappingFile } from "@/content/yamlMappingFile";
import { TO_DO_PREFIX } from "@/lib/import/toDo";

/**
 * Wraps `schema` so that a missing value fails with `fix`. Astro's error map replaces zod's own
 * message for a missing or wrongly typed value ("Required"), so the fix must travel as a custom
 * issue, checked before the value reaches `schema`.
 */
function required<T extends z.ZodTypeAny>(schema: T, fix: string) {
  return z
    .any()
    .superRefine((value, ctx) => {
      if (value === undefined || value === null) ctx.addIssue({ code: "custom", message: fix, fatal: true });
      else if (isToDo(value)) ctx.addIssue({ code: "custom", message: toDoMessage(value), fatal: true });
    })
    .pipe(schema);
}

/** Marks a value the import command could not determine (see `npm run import`). */
export const TO_DO = TO_DO_PREFIX;
const isToDo = (value: unknown): value is string =>
  typeof value === "string" && value.trim().startsWith(TO_DO);
// The to-do names its field and what to decide ("TODO(editor): published.date — choose …"), so
// the message repeats it: the build fails until an editor replaces it with a decision.
const toDoMessage = (value: string) =>
  `Still a to-do from the import: ${value.trim().slice(TO_DO.length).trim()} Decide, then replace the TODO value.`;

/** A non-empty line of text; `fix` is the message an editor sees when it is missing or wrong. */
const text = (fix: string) => required(z.string().trim().min(1, fix), fix);

/** A number between `min` and `max`; `fix` is shown when it is missing, not a number or out of range. */
function numberBetween(min: number, max: number, fix: string) {
  return z
    .any()
    .superRefine((value, ctx) => {
      if (typeof value !== "number") ctx.addIssue({ code: "custom", message: fix, fatal: true });
    })
    .pipe(z.number().min(min, fix).max(max, fix));
}

/** One of a fixed list of values; `fix` says which, when the value is missing or not listed. */
function oneOf<U extends string, T extends Readonly<[U, ...U[]]>>(values: T, fix: string) {
  return required(z.enum(values, { errorMap: () => ({ message: fix }) }), fix);
}

/** An object that rejects unknown keys with a message that says what to do. */
function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape, {
      errorMap: (issue, ctx) => ({
        message:
          issue.code === "unrecognized_keys"
            ? `Unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}: remove ${issue.keys.length > 1 ? "them" : "it"} or fix the spelling (every field is documented in src/content.config.ts).`
            : ctx.defaultError,
      }),
    })
    .strict();
}

/** A gazetteer, report or event id: lower-case words joined by hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) =>
  required(
    z
      .string()
      .regex(ID_PATTERN, `The ${what} id must be lower-case words joined by hyphens, e.g. "ahmad-massoud".`),
    `Give the ${what} id in lower-case words joined by hyphens, e.g. "ahmad-massoud".`,
  );

/**
 * A calendar day as a quoted string `'YYYY-MM-DD'`. Quoted, because YAML reads an unquoted
 * 2021-02-30 as a timestamp and silently rolls it over to 2 March.
 */
const isoDate = required(
  z
    .any()
    .superRefine((value, ctx) => {
      if (value instanceof Date) {
        ctx.addIssue({
          code: "custom",
          fatal: true,
          message:
            "Quote the date, e.g. '2021-09-03': YAML turns an unquoted date into a timestamp and rolls impossible days over.",
        });
      }
    })
    .pipe(
      z.string().refine(isIsoCalendarDate, {
        message: "Not a real calendar day: write an existing date as 'YYYY-MM-DD', e.g. '2021-09-03'.",
      }),
    ),
  "Give the date as a quoted 'YYYY-MM-DD' string, e.g. '2021-09-03'.",
);

/** A passage of a report that supports a statement: the report's id and a verbatim quote. */
export const sourceSchema = strictObject({
  /** Id of the report (its file name in content/reports without `.md`). */
  report: id("report"),
  /**
   * Words copied exactly from that report (whitespace and quote marks may differ). The build
   * finds the paragraph that holds them and links to it; a quote that is not there fails it.
   * The report's headline may be quoted too (it links to the headline).
   */
  quote: text("Copy a quote from the report, word for word, that supports the statement."),
});

/** Editorial text (our words, never the reports'), with the report passages that support it. */
export const editorialSchema = strictObject({
  /** One neutral sentence in our words. Shown marked as editorial. */
  text: text("Write one neutral sentence in our own words."),
  /** The passages that support every fact the sentence states (at least one). */
  sources: required(
    z.array(sourceSchema).min(1, "List at least one { report, quote } that supports the text."),
    "List at least one { report, quote } that supports the text.",
  ),
});

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
export const reportSchema = strictObject({
  /**
   * The headline exactly as the source document gives it; when the document has none, a
   * neutral title in our words with `titleEditorial: true`.
   */
  title: text("Copy the headline exactly as the source document gives it."),
  /** True when the document has no headline and `title` is ours. Default false. */
  titleEditorial: z.boolean().default(false),
  /** Who published the report, as far as the document itself shows. */
  outlet: required(
    strictObject({
      /** The publisher's name; leave it out when the document does not establish it. */
      name: text("Give the outlet's name, or remove `name` if the document does not show it.").optional(),
      /** What in the document shows the outlet, or why it cannot be named. Always required. */
      evidence: text("Say what in the document names the outlet, or why the outlet cannot be named."),
    }),
    "Add `outlet: { evidence: … }` (and `name` when the document shows it).",
  ),
  /** When the report was published, and how we know. */
  published: required(
    strictObject({
      /** The publication day. Weekday phrases in the text ("on Wednesday") resolve against it. */
      date: isoDate,
      /** `stated`: the document prints the date; `inferred`: worked out from its contents. */
      basis: oneOf(["stated", "inferred"], "Set basis to 'stated' or 'inferred'."),
      /** How the date is known: where it is printed, or which references it is inferred from. */
      explanation: text("Explain where the date is printed, or how it was inferred."),
    }),
    "Add `published: { date, basis, explanation }`.",
  ),
  /** Agencies, broadcasters, publications and photographers the text names as sources. */
  credits: z
    .array(
      strictObject({
        /** The name as an organisation or person, e.g. "AFP". */
        name: text("Give the credited name, e.g. 'AFP'."),
        /** What it contributed. */
        role: oneOf(CREDIT_ROLES, `Set role to one of: ${CREDIT_ROLES.join(", ")}.`),
        /** The words of the report that name it, verbatim. */
        quote: text("Copy the words of the report that name this credit."),
      }),
    )
    .default([]),
  /** A neutral one-sentence summary in our words, with the passages it rests on. */
  summary: editorialSchema,
  /** Where the copy comes from. */
  provenance: required(
    strictObject({
      /** File name of the source document this report copies, e.g. `000_c7f6f9536d71ed59.txt`. */
      seedFile: text("Name the source document this report copies, e.g. '000_c7f6f9536d71ed59.txt'."),
      /** Every line of page chrome left out of the copy, verbatim (ads, forms, "Read More"). */
      dropped: z.array(z.string()).default([]),
    }),
    "Add `provenance: { seedFile, dropped }`.",
  ),
  /** The source's own mistakes, kept in the text and explained here. */
  editorNotes: z
    .array(
      strictObject({
        /** What kind of mistake it is. */
        kind: oneOf(EDITOR_NOTE_KINDS, `Set kind to one of: ${EDITOR_NOTE_KINDS.join(", ")}.`),
        /** The mistaken words, verbatim from the report. */
        quote: text("Copy the mistaken words from the report, verbatim."),
        /** What is wrong and what was probably meant, in neutral words. */
        note: text("Explain the mistake in a neutral sentence."),
      }),
    )
    .default([]),
});

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
export const relationSchema = strictObject({
  /** The relation in a few lower-case words, read as "<this entry> <predicate> <object>". */
  predicate: text("Write the relation in a few words, e.g. 'son of'."),
  /** Id of the other gazetteer entry. */
  object: id("gazetteer"),
  /** The passage that states the relation. */
  source: sourceSchema,
});

/** A person the reports name (`content/gazetteer/people.yaml`, keyed by id). */
export const personSchema = strictObject({
  ...names,
  /** One neutral line on who the person is, with its sources. */
  description: editorialSchema,
  /** Relations the reports state. */
  relations: z.array(relationSchema).default([]),
});

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
export const placeSchema = strictObject({
  ...names,
  /** What kind of place it is. */
  kind: oneOf(PLACE_KINDS, `Set kind to one of: ${PLACE_KINDS.join(", ")}.`),
  /** One neutral line on the place, with its sources. */
  description: editorialSchema,
  /** Where it is, in decimal degrees (WGS 84). Editorial: the reports give no coordinates. */
  coordinates: required(
    strictObject({
      /** Latitude, −90 (south) to 90 (north). */
      lat: numberBetween(-90, 90, "Give lat as a number of degrees from -90 to 90, e.g. 35.31."),
      /** Longitude, −180 (west) to 180 (east). */
      lon: numberBetween(-180, 180, "Give lon as a number of degrees from -180 to 180, e.g. 69.52."),
      /** Where the coordinates come from, e.g. "GeoNames, district centre (approximate)". */
      basis: text("Say where the coordinates come from and how precise they are."),
    }),
    "Add `coordinates: { lat, lon, basis }` for every place.",
  ),
  /** Relations the reports state, e.g. "capital of". */
  relations: z.array(relationSchema).default([]),
});

/** An organisation the reports name (`content/gazetteer/organisations.yaml`, keyed by id). */
export const organisationSchema = strictObject({
  ...names,
  /** One neutral line on the organisation, with its sources. */
  description: editorialSchema,
  /** Relations the reports state, e.g. "led by". */
  relations: z.array(relationSchema).default([]),
});

// ---------------------------------------------------------------------------------------------
// Chronology

/**
 * A party that makes claims (`content/parties.yaml`, keyed by id): a side of the fighting, the
 * outlet's own voice, an independent analyst, an unnamed source, residents… Every citation names
 * one. Claims of one party never dispute each other.
 */
export const partySchema = strictObject({
  /** The party as a reader sees it, e.g. "National Resistance Front". */
  name: text("Give the party a name, e.g. 'National Resistance Front'."),
  /** Who belongs to it, in one neutral sentence, e.g. which people the reports quote for it. */
  description: text("Say in one neutral sentence who speaks for this party."),
  /** The gazetteer entry of the party, when it has one (e.g. "nrf"), for links. */
  entry: id("gazetteer").optional(),
  /**
   * True for a side of the fighting: it gets its own column on the claims ledger, so both
   * sides' figures stand side by side. Default false (shown under "others").
   */
  belligerent: z.boolean().default(false),
});

/** Which part of the claims ledger a topic belongs to. */
export const LEDGER_SECTIONS = ["casualties", "territory", "other"] as const;

/** A claim topic (`content/topics.yaml`, keyed by id), with the type of value its claims take. */
export const topicSchema = strictObject({
  /** The topic as a reader sees it, e.g. "Taliban fighters killed". */
  label: text("Give the topic a label, e.g. 'Taliban fighters killed'."),
  /**
   * The type of value every claim on the topic gives: `count` (a number or range), `places`
   * (gazetteer ids), `status` (yes, no or unclear) or `text` (free text, which never disputes
   * anything). Disputes are computed from it (src/lib/claims.ts).
   */
  type: oneOf(
    TOPIC_TYPES,
    `Give the topic a type: one of ${TOPIC_TYPES.join(", ")} (text claims never make a dispute).`,
  ),
  /** What the claims on the topic are about, in one neutral sentence (and, for counts, what is counted). */
  description: text("Say in one neutral sentence what the claims on this topic state."),
  /** The part of the claims ledger that shows the topic: casualties, territory or other. */
  ledger: oneOf(LEDGER_SECTIONS, `Set ledger to one of: ${LEDGER_SECTIONS.join(", ")}.`),
});

/**
 * One claim of a citation: a topic and a typed value, with the report's words for it. Give
 * exactly the value field the topic's type asks for (`count`, `places` or `status`; nothing for
 * `text`).
 */
export const claimSchema = strictObject({
  /** Id of a topic in content/topics.yaml. */
  topic: id("topic"),
  /** The words of the citation's quote that state the value, verbatim, e.g. "seven or eight". */
  words: text('Copy the words of the quote that state the value, e.g. "seven or eight".'),
  /**
   * Count topics: inclusive bounds, `{ min: 7, max: 8 }` for "seven or eight", `{ min: 34,
   * max: 34 }` for "34", `{ min: 7 }` for "at least seven"; or a vague word (`several`,
   * `dozens`, `hundreds`) whose bounds docs/EDITORIAL.md documents.
   */
  count: z
    .union(
      [
        strictObject({
          /** The smallest number the words allow. */
          min: numberBetween(0, Number.MAX_SAFE_INTEGER, "Give count.min as a whole number, e.g. 7."),
          /** The largest number the words allow; leave out for "at least". */
          max: numberBetween(
            0,
            Number.MAX_SAFE_INTEGER,
            "Give count.max as a whole number, e.g. 8.",
          ).optional(),
        }),
        z.enum(VAGUE_COUNT_WORDS),
      ],
      {
        errorMap: () => ({
          message: `Write count as { min, max } (max left out for "at least"), or one of: ${VAGUE_COUNT_WORDS.join(", ")}.`,
        }),
      },
    )
    .optional(),
  /** Places topics: the gazetteer ids of the places the claim names. */
  places: z.array(id("gazetteer")).optional(),
  /** Places topics: true when the report's list is exhaustive ("on two fronts: A and B"), false for "including". */
  complete: z.boolean().optional(),
  /** Status topics: `yes`, `no` or `unclear`. */
  status: oneOf(STATUS_VALUES, `Set status to one of: ${STATUS_VALUES.join(", ")}.`).optional(),
  /** The period the value covers, in the report's words when it gives one, e.g. "Monday's clashes". */
  period: text("Write the period in the report's words, or remove `period`.").optional(),
});

/** One report's support for an event: where it says so, who says so, when, and what it claims. */
export const citationSchema = sourceSchema
  .extend({
    /**
     * Who makes the claim: a gazetteer id (e.g. "nrf", "zabihullah-mujahid"), "outlet" for the
     * report's own voice, or a plain description for an unnamed source ("one resident").
     */
    claimant: text(
      'Say who makes the claim: a gazetteer id, "outlet", or a description such as "one resident".',
    ),
    /** The party the claimant speaks for: an id from content/parties.yaml (e.g. "nrf", "outlet"). */
    party: id("party"),
    /**
     * When the report says it happened, in the report's words or as a date: e.g.
     * ${WHEN_EXAMPLES}. Weekday phrases resolve against the report's publication date;
     * `reported` places a statement the report does not date on the report's own day.
     */
    when: z
      .string()
      .refine(isWhenExpression, {
        message: `Write the date as the report words it or as a date, e.g. ${WHEN_EXAMPLES}.`,
      })
      .optional(),
    /** The claims this citation makes, each a topic and a typed value. */
    claims: z.array(claimSchema).default([]),
    /** The outlet's own words on whether it verified the claims, when the report gives them. */
    verification: strictObject({
      /** `not verified` ("could not verify", "has not independently confirmed") or `verified`. */
      status: oneOf(VERIFICATION_STATUSES, `Set status to one of: ${VERIFICATION_STATUSES.join(", ")}.`),
      /** The report's words, verbatim, e.g. "CNN has not independently confirmed Taliban deaths." */
      quote: text("Copy the report's words on verification, e.g. 'CNN could not verify …'."),
    }).optional(),
  })
  .strict();

/** An event of the chronology (`content/events.yaml`, keyed by id): one happening at one time. */
export const eventSchema = strictObject({
  /** A neutral headline in our words (editorial), attributing every claim. */
  headline: text("Write a neutral headline in our own words."),
  /** Gazetteer ids of the people, places and organisations involved. */
  involves: z.array(id("gazetteer")).default([]),
  /** The reports that carry the event; at least one, and at least one with `when`. */
  citations: required(
    z.array(citationSchema).min(1, "List at least one citation: { report, quote, claimant, party, when }."),
    "List at least one citation.",
  ),
  /**
   * How the date is inferred, when no citation states it plainly (editorial), e.g. "The reports
   * give no date: one places it after the Soviet withdrawal of 1989, the other before 1996."
   */
  dateNote: text(
    "Explain in one neutral sentence how the date is inferred, or remove `dateNote`.",
  ).optional(),
  /**
   * An editor's declaration that the event is disputed, with the reason, for a conflict the
   * typed values cannot show (e.g. reports that put it on different days). Computed disputes
   * need no declaration.
   */
  dispute: strictObject({
    /** Why the claims cannot both be true, in one neutral sentence. */
    reason: text("Say in one neutral sentence why the claims cannot both be true."),
  }).optional(),
});

/** A part of the chronology (`content/eras.yaml`, keyed by id), in order of `from`. */
export const eraSchema = strictObject({
  /** Heading of the part. */
  title: text("Give the era a title."),
  /** First day the era covers. Events dated before the first era's start belong to it. */
  from: isoDate,
});

const reports = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/reports" }),
  schema: reportSchema,
});
/** A collection read from one YAML mapping file (id: entry), strictly. */
const fromYaml = <S extends z.ZodTypeAny>(file: string, schema: S) =>
  defineCollection({ loader: yamlMappingFile(file), schema });

const people = fromYaml("content/gazetteer/people.yaml", personSchema);
const places = fromYaml("content/gazetteer/places.yaml", placeSchema);
const organisations = fromYaml("content/gazetteer/organisations.yaml", organisationSchema);
const events = fromYaml("content/events.yaml", eventSchema);
const eras = fromYaml("content/eras.yaml", eraSchema);
const parties = fromYaml("content/parties.yaml", partySchema);
const topics = fromYaml("content/topics.yaml", topicSchema);

export const collections = { reports, people, places, organisations, events, eras, parties, topics };

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
/** A claim of a citation after validation. */
export type ClaimData = z.output<typeof claimSchema>;
/** A party after validation. */
export type PartyData = z.output<typeof partySchema>;
/** A claim topic after validation. */
export type TopicData = z.output<typeof topicSchema>;
/** An era after validation. */
export type EraData = z.output<typeof eraSchema>;
/** A `{ report, quote }` source. */
export type SourceData = z.output<typeof sourceSchema>;
