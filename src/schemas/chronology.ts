/**
 * The chronology: events with their citations and typed claims (`content/events.yaml`), the
 * eras it is divided into (`content/eras.yaml`), and the registries claims are checked against:
 * the parties that make them (`content/parties.yaml`) and the topics they are about
 * (`content/topics.yaml`).
 */
import { z } from "astro/zod";
import { STATUS_VALUES, TOPIC_TYPES, VAGUE_COUNT_WORDS, VERIFICATION_STATUSES } from "@/lib/claims";
import { isWhenExpression, WHEN_EXAMPLES } from "@/lib/when";
import { id, isoDate, numberBetween, oneOf, required, strictObject, text } from "./fields";
import { sourceSchema } from "./sources";

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
const claimSchema = strictObject({
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
const citationSchema = sourceSchema
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

/** A chronology event after validation. */
export type EventData = z.output<typeof eventSchema>;
/** A citation of an event after validation. */
export type CitationData = z.output<typeof citationSchema>;
/** A party after validation. */
export type PartyData = z.output<typeof partySchema>;
/** A claim topic after validation. */
export type TopicData = z.output<typeof topicSchema>;
/** An era after validation. */
export type EraData = z.output<typeof eraSchema>;
