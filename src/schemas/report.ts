/** The frontmatter of a report, `content/reports/<slug>.md`: what the copy is and where it comes from. */
import { z } from "astro/zod";
import { isoDate, oneOf, required, strictObject, text } from "./fields";
import { editorialSchema } from "./sources";

/** A file name in `content/sources/`: no folder, not hidden. */
const SOURCE_FILE_NAME = /^[^/\\.][^/\\]*$/;

/** The kinds of mistake an editor's note records. The text itself is never corrected. */
const EDITOR_NOTE_KINDS = [
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
      /**
       * File name of the source document this report copies, in `content/sources/`, e.g.
       * `000_c7f6f9536d71ed59.txt`: a name only, no folder.
       */
      seedFile: required(
        z
          .string()
          .trim()
          .regex(
            SOURCE_FILE_NAME,
            "Give only the name of a file in content/sources/, e.g. '000_c7f6f9536d71ed59.txt' (no folders).",
          ),
        "Name the source document this report copies, e.g. '000_c7f6f9536d71ed59.txt'.",
      ),
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

/** A report's frontmatter after validation. */
export type ReportData = z.output<typeof reportSchema>;
