/**
 * Text normalisation shared by mentions, quote checks and search, so that they all agree on
 * when two pieces of text are "the same".
 */

const QUOTE_FOLDS: Record<string, string> = {
  "\u2018": "'", // ‘
  "\u2019": "'", // ’
  "\u201A": "'", // ‚
  "\u2032": "'", // ′
  "`": "'",
  "\u00B4": "'", // ´
  "\u201C": '"', // “
  "\u201D": '"', // ”
  "\u201E": '"', // „
  "\u2033": '"', // ″
};

/** Straightens typographic quote marks and collapses white space: for verbatim-quote checks. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032`\u00B4\u201C\u201D\u201E\u2033]/g, (c) => QUOTE_FOLDS[c]!)
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `quote` occurs in `text`, ignoring white-space and quote-mark differences. */
export function containsQuote(text: string, quote: string): boolean {
  return holdsQuote(normaliseForQuote(text), normaliseForQuote(quote));
}

/** containsQuote's test on texts already normalised (for a text searched for many quotes). */
export function holdsQuote(normalisedText: string, normalisedQuote: string): boolean {
  return normalisedQuote.length > 0 && normalisedText.includes(normalisedQuote);
}

/** Removes accents: "Mas'ūd" → "Mas'ud". */
export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * Arabic-script letters that Dari and Pashto names are written with in several ways, each folded
 * to one form, and the characters that change how a name looks but not what it says, removed.
 * Harakat (short-vowel signs, U+064B–U+065F), the superscript alef (U+0670) and the hamza and
 * madda of أ إ آ are combining marks once decomposed, so stripDiacritics already removes them
 * (آ → ا); what is left here is what decomposition does not reach.
 */
const ARABIC_SCRIPT_FOLDS: Record<string, string> = {
  "\u064A": "\u06CC", // ي Arabic yeh → ی Persian yeh
  "\u0649": "\u06CC", // ى alef maksura → ی
  "\u0643": "\u06A9", // ك Arabic kaf → ک keheh
  "\u0629": "\u0647", // ة teh marbuta → ه heh: Arabic القاعدة, Dari القاعده
  "\u06D5": "\u0647", // ە, what ۀ (heh with hamza) is left as once its mark is removed → ه
  "\u0640": "", // ـ tatweel, a stretch of the joining line
  "\u200C": "", // zero-width non-joiner, written inside names such as Zabihullah's
  "\u200D": "", // zero-width joiner
};
const ARABIC_SCRIPT_VARIANTS = new RegExp(`[${Object.keys(ARABIC_SCRIPT_FOLDS).join("")}]`, "g");

/** Folds the Arabic-script variants of ARABIC_SCRIPT_FOLDS (after stripDiacritics). */
function foldArabicScript(text: string): string {
  return text.replace(ARABIC_SCRIPT_VARIANTS, (c) => ARABIC_SCRIPT_FOLDS[c]!);
}

/**
 * Text folded for name matching, with a map back to the original: lower-cased (unless
 * `keepCase`), accents removed, Arabic-script variants folded (ي → ی, ك → ک; tatweel and
 * zero-width joiners removed), quote marks straightened, dashes and runs of white space made one
 * space. `origin[i]` is the index in the original text of folded character `i`, and
 * `origin[folded.length]` is the original length; a removed character has no folded character.
 */
export interface FoldedText {
  folded: string;
  origin: number[];
}

/** Folds `text` for name matching, keeping a map to original offsets (see FoldedText). */
export function foldForMatching(text: string, keepCase = false): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    // ASCII, almost every character: lower case, a hyphen or white space is a space, a
    // backtick an apostrophe; the same as the general path below, without its regexes.
    if (code < 128) {
      const out =
        code === 45 || code === 32 || (code >= 9 && code <= 13)
          ? " "
          : code === 96
            ? "'"
            : !keepCase && code >= 65 && code <= 90
              ? String.fromCharCode(code + 32)
              : char;
      if (!(out === " " && folded.endsWith(" "))) {
        folded += out;
        origin.push(index);
      }
      index += 1;
      continue;
    }
    let out = foldArabicScript(stripDiacritics(char));
    if (!keepCase) {
      const lower = out.toLowerCase();
      // Keep offsets aligned: the rare letters whose lower case is longer stay as they are.
      out = lower.length === out.length ? lower : out;
    }
    out = out.replace(/[\u2010-\u2015\u2212-]/g, " ").replace(/\s/g, " ");
    out = QUOTE_FOLDS[out] ?? out;
    for (const piece of out) {
      if (piece === " " && folded.endsWith(" ")) continue;
      folded += piece;
      origin.push(index);
    }
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/**
 * Text folded for searching, without an offset map (so, fast on long texts): the same folding
 * as foldForMatching, for deciding whether a text contains a query, not where.
 */
export function foldForSearch(text: string): string {
  return foldArabicScript(stripDiacritics(text))
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212-]/g, " ")
    .replace(/\s+/g, " ");
}

/**
 * A name folded for comparison: "Al-Qaeda" and "al Qaeda" give the same key, and so do a Dari
 * name written with or without its zero-width non-joiner and with Arabic or Persian yeh.
 */
export function nameKey(name: string): string {
  return foldForMatching(name.trim()).folded;
}
