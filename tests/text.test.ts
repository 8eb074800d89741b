import { describe, expect, test } from "vitest";
import {
  containsQuote,
  foldForMatching,
  foldForSearch,
  nameKey,
  normaliseForQuote,
  stripDiacritics,
} from "@/lib/text";

describe("normaliseForQuote and containsQuote", () => {
  test.each([
    [
      "‘Those who want to fight, tell them it is enough,’",
      "'Those who want to fight, tell them it is enough,'",
    ],
    ["“Perhaps they wanted\n  to try their luck,”", '"Perhaps they wanted to try their luck,"'],
    ["  Kabul  ", "Kabul"],
  ])("%j", (text, expected) => {
    expect(normaliseForQuote(text)).toBe(expected);
  });

  test.each([
    ["He said: “They are using their last force”", '"They are using their last force"', true],
    ["He said: “They are using their last force”", "They are using their final force", false],
    ["Panjshir’s fighters", "Panjshir's fighters", true],
    ["anything", "", false],
  ])("containsQuote(%j, %j) → %s", (text, quote, expected) => {
    expect(containsQuote(text, quote)).toBe(expected);
  });
});

describe("folding for name matching", () => {
  test.each([
    ["Mas‘ūd", "Mas'ud"],
    ["Aḥmad Shāh", "Ahmad Shah"],
  ])("stripDiacritics(%j) → %j", (text, expected) => {
    expect(stripDiacritics(text).replace("‘", "'")).toBe(expected);
  });

  test.each([
    ["Al-Qaeda", "al qaeda"],
    ["al  Qaeda", "al qaeda"],
    ["Panjshīr", "panjshir"],
    ["NRF’s", "nrf's"],
  ])("nameKey(%j) → %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  test("keeps a map from folded offsets back to the original text", () => {
    const text = "Aḥmad  Shāh — Massoud";
    const { folded, origin } = foldForMatching(text);
    expect(folded).toBe("ahmad shah massoud");
    const start = folded.indexOf("massoud");
    expect(text.slice(origin[start], origin[start + "massoud".length - 1]! + 1)).toBe("Massoud");
    expect(origin[folded.length]).toBe(text.length);
  });

  test("keepCase leaves capitals", () => {
    expect(foldForMatching("US forces", true).folded).toBe("US forces");
  });
});

// Written with escapes: the variants differ in code points that look alike, or are invisible.
describe("folding Arabic script: Dari and Pashto names written in several ways", () => {
  const ZWNJ = "\u200C";
  const ZWJ = "\u200D";
  const TATWEEL = "\u0640";
  test.each([
    ["Arabic yeh ي → Persian yeh ی", "\u0645\u062A\u0642\u064A", "\u0645\u062A\u0642\u06CC"], // متقي → متقی
    ["alef maksura ى → Persian yeh ی", "\u0645\u062A\u0642\u0649", "\u0645\u062A\u0642\u06CC"],
    ["Arabic kaf ك → keheh ک", "\u0643\u0627\u0628\u0644", "\u06A9\u0627\u0628\u0644"], // كابل → کابل
    ["tatweel removed", `\u06A9\u0627\u0628${TATWEEL}${TATWEEL}\u0644`, "\u06A9\u0627\u0628\u0644"],
    [
      "zero-width non-joiner removed",
      `\u0630\u0628\u06CC\u062D${ZWNJ}\u0627\u0644\u0644\u0647`,
      "\u0630\u0628\u06CC\u062D\u0627\u0644\u0644\u0647",
    ],
    ["zero-width joiner removed", `\u0628${ZWJ}\u0627`, "\u0628\u0627"],
    // احمد with fatha, sukun and damma; the superscript alef of رحمٰن
    ["harakat removed", "\u0627\u064E\u062D\u0652\u0645\u064E\u062F\u064F", "\u0627\u062D\u0645\u062F"],
    ["superscript alef removed", "\u0631\u062D\u0645\u0670\u0646", "\u0631\u062D\u0645\u0646"],
    ["alef with hamza above أ → ا", "\u0623\u062D\u0645\u062F", "\u0627\u062D\u0645\u062F"],
    ["alef with hamza below إ → ا", "\u0625\u0633\u0644\u0627\u0645", "\u0627\u0633\u0644\u0627\u0645"],
    ["alef with madda آ → ا", "\u0622\u0633\u062A\u0627\u0646\u0647", "\u0627\u0633\u062A\u0627\u0646\u0647"],
    [
      "teh marbuta ة → heh ه",
      "\u0627\u0644\u0642\u0627\u0639\u062F\u0629",
      "\u0627\u0644\u0642\u0627\u0639\u062F\u0647",
    ],
    ["heh with hamza ۀ → heh ه", "\u062C\u0628\u0647\u06C0", "\u062C\u0628\u0647\u0647"],
  ])("%s: foldForSearch, foldForMatching and nameKey agree", (_rule, variant, folded) => {
    expect(foldForSearch(variant)).toBe(folded);
    expect(foldForMatching(variant).folded).toBe(folded);
    expect(nameKey(variant)).toBe(folded);
  });

  test("the usual spellings of a Dari name give one key", () => {
    const dari = `\u0630\u0628\u06CC\u062D${ZWNJ}\u0627\u0644\u0644\u0647 \u0645\u062C\u0627\u0647\u062F`; // ذبیح‌الله مجاهد
    const arabicLetters = "\u0630\u0628\u064A\u062D\u0627\u0644\u0644\u0647 \u0645\u062C\u0627\u0647\u062F";
    expect(nameKey(arabicLetters)).toBe(nameKey(dari));
    expect(foldForSearch(`\u0645\u064F\u062C\u064E\u0627\u0647${TATWEEL}\u062F`)).toBe(
      "\u0645\u062C\u0627\u0647\u062F",
    );
  });

  test("removed characters map to nothing; every folded character maps to its original", () => {
    // ذبیح‌الله مجاهـد: a ZWNJ at index 4 and a tatweel at index 14.
    const text = `\u0630\u0628\u06CC\u062D${ZWNJ}\u0627\u0644\u0644\u0647 \u0645\u062C\u0627\u0647${TATWEEL}\u062F`;
    const { folded, origin } = foldForMatching(text);
    expect(folded).toBe("\u0630\u0628\u06CC\u062D\u0627\u0644\u0644\u0647 \u0645\u062C\u0627\u0647\u062F");
    expect(origin).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16]);
    for (const [i, char] of [...folded].entries()) expect(text[origin[i]!]).toBe(char);
    const start = folded.indexOf("\u0645");
    expect(text.slice(origin[start], origin[folded.length - 1]! + 1)).toBe(
      `\u0645\u062C\u0627\u0647${TATWEEL}\u062F`,
    );
  });

  test("a folded letter keeps the offset of the letter it replaces", () => {
    const text = "Kabul \u0643\u0627\u0628\u0644"; // Kabul كابل
    const { folded, origin } = foldForMatching(text);
    expect(folded).toBe("kabul \u06A9\u0627\u0628\u0644");
    expect(origin).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
