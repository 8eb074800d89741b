/**
 * One wording for each thing the site names in several places: a paragraph of a report, an
 * outlet the document does not name, the language of a native name.
 */

/** The anchor of a report's headline, for sources that quote it. */
export const TITLE_ANCHOR = "title";

/** The number of a paragraph anchor (`p-3` → "3"), or undefined for the headline. */
export function paragraphNumber(anchor: string): string | undefined {
  return anchor === TITLE_ANCHOR ? undefined : anchor.replace(/^p-/, "");
}

/** A short label for a paragraph anchor: `p-3` → "¶3", the headline → "headline". */
export function paragraphLabel(anchor: string): string {
  const number = paragraphNumber(anchor);
  return number === undefined ? "headline" : `¶${number}`;
}

/** A label in words for a paragraph anchor: `p-3` → "paragraph 3", the headline → "headline". */
export function paragraphWords(anchor: string): string {
  const number = paragraphNumber(anchor);
  return number === undefined ? "headline" : `paragraph ${number}`;
}

/**
 * The languages a gazetteer entry's native names may be in, by BCP 47 tag (the `lang` of the
 * element that shows one), each with its English name as the site shows it ("In Dari: …").
 */
export const LANGUAGE_NAMES = { "fa-AF": "Dari", ps: "Pashto" } as const;

/** The BCP 47 tag of a native name's language. */
export type NativeLanguage = keyof typeof LANGUAGE_NAMES;

/** What the site says where a report's document names no outlet. */
export const OUTLET_NOT_NAMED = "Outlet not named in the document";

/** How many badge colours the palette has (`--outlet-0-bg` … in src/styles/global.css). */
const BADGE_COLOURS = 8;

/** The badge colour of a report by its number in publication order (1-based): "0" to "7". */
export function reportColour(number: number): string {
  return String((number - 1) % BADGE_COLOURS);
}

/** A count with its noun, singular for one: "1 passage", "102 passages", "2 reports". */
export function counted(n: number, noun: string): string {
  return `${n.toLocaleString("en-GB")} ${noun}${n === 1 ? "" : "s"}`;
}
