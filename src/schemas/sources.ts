/**
 * How content cites the reports: a source is a verbatim quote of one report, and editorial text
 * (our words) carries the sources that support it. The corpus resolves every quote to the
 * paragraph that holds it, and fails the build on a quote that is not there.
 */
import { z } from "astro/zod";
import { id, required, strictObject, text } from "./fields";

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

/** A `{ report, quote }` source. */
export type SourceData = z.output<typeof sourceSchema>;
