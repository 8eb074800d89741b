import { describe, expect, test } from "vitest";
import { containsQuote, foldForMatching, nameKey, normaliseForQuote, stripDiacritics } from "@/lib/text";

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
