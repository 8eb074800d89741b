/** The parts the corpus pipeline is built from (src/lib/corpus/), tested on their own. */
import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import { byId } from "@/lib/corpus/indexes";
import { ContentError, Problems, unknownIdMessage } from "@/lib/corpus/problems";
import { loadContent } from "./helpers/content";

describe("Problems, the one collector of a build", () => {
  test("keeps problems in the order found and throws them all at once", () => {
    const problems = new Problems();
    problems.throwIfAny();
    problems.add("content/events.yaml", "a → involves[0]", "No such entry.");
    problems.add("content/eras.yaml", "(file)", "Define an era.");
    expect(problems.count).toBe(2);
    expect(() => problems.throwIfAny()).toThrow(ContentError);
    expect(() => problems.throwIfAny()).toThrow(
      "The content has 2 problems:\n" +
        "  - content/events.yaml → a → involves[0]: No such entry.\n" +
        "  - content/eras.yaml → (file): Define an era.",
    );
  });

  test("says 'problem' for one", () => {
    expect(new ContentError([{ file: "f", field: "x", message: "m" }]).message).toBe(
      "The content has 1 problem:\n  - f → x: m",
    );
  });
});

describe("unknownIdMessage", () => {
  const known = new Map([
    ["nrf", 1],
    ["kabul", 2],
    ["panjshir-valley", 3],
  ]);
  test.each<[string, string]>([
    [
      "nrff",
      'No gazetteer entry "nrff". Did you mean "nrf"? Add it to content/gazetteer/ or use an existing id.',
    ],
    [
      "panjshir",
      'No gazetteer entry "panjshir". Did you mean "panjshir-valley"? Add it to content/gazetteer/ or use an existing id.',
    ],
    ["herat", 'No gazetteer entry "herat". Add it to content/gazetteer/ or use an existing id.'],
  ])("%s", (id, message) => {
    expect(unknownIdMessage(id, known)).toBe(message);
  });
});

test("byId looks items up by id, the later of two winning", () => {
  const map = byId([
    { id: "a", n: 1 },
    { id: "b", n: 2 },
    { id: "a", n: 3 },
  ]);
  expect([...map.entries()]).toEqual([
    ["a", { id: "a", n: 3 }],
    ["b", { id: "b", n: 2 }],
  ]);
});

test("a place always has its kind and coordinates; people and organisations have none", () => {
  const corpus = buildCorpus(loadContent());
  for (const entry of corpus.gazetteer) {
    // Narrowing on the type is all a page needs to read a place's coordinates.
    if (entry.type === "place") expect(entry.place.coordinates.lat).toBeTypeOf("number");
    else expect(entry.place).toBeUndefined();
  }
  expect(corpus.gazetteer.some((e) => e.type === "place")).toBe(true);
});
