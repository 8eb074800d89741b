import { describe, expect, test } from "vitest";
import { stem, stemsOf, wordsOf } from "@/lib/words";

describe("stem: plurals and possessives, nothing more", () => {
  test.each([
    ["fighters", "fighter"],
    ["fighter", "fighter"],
    ["forces", "force"],
    ["casualties", "casualty"],
    ["losses", "loss"],
    ["loses", "lose"],
    ["clashes", "clash"],
    ["ambushes", "ambush"],
    ["taliban's", "taliban"],
    ["fighters'", "fighter"],
    ["was", "was"],
    ["news", "new"],
    ["us", "us"],
    ["campus", "campus"],
    ["pass", "pass"],
    ["attacked", "attacked"],
    ["پنجشیر", "پنجشیر"],
  ])("%j → %j", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe("wordsOf", () => {
  test("folds, stems and keeps each word's place in the original text", () => {
    const text = "The Taliban’s fighters — in Panjshīr.";
    const words = wordsOf(text);
    expect(words.map((w) => w.stem)).toEqual(["the", "taliban", "fighter", "in", "panjshir"]);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      "The",
      "Taliban’s",
      "fighters",
      "in",
      "Panjshīr",
    ]);
  });

  test("Arabic-script words are words, their variants folded", () => {
    expect(stemsOf("ولایت پنجشير")).toEqual(["ولایت", "پنجشیر"]);
  });

  test("stemsOf gives the stems of wordsOf", () => {
    const text = "Resistance forces said they'd repulsed 3 attacks on Khawak (Parwan's north).";
    expect(stemsOf(text)).toEqual(wordsOf(text).map((w) => w.stem));
  });
});
