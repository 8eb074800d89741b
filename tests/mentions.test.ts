import { describe, expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import {
  createMentionFinder,
  findNameCollisions,
  mentionedIds,
  packMentions,
  unpackMentions,
} from "@/lib/mentions";
import { loadContent } from "./helpers/content";

// The real gazetteer: the finder is tested on the spellings the reports really use.
const corpus = buildCorpus(loadContent());
const find = corpus.findMentions;
const idsIn = (text: string) => find(text).map((m) => (m.ambiguous ? m.ids.join("|") : m.ids[0]));

describe("the real gazetteer's spellings", () => {
  test.each([
    ["Ahmad Massoud", "ahmad-massoud"],
    ["Ahmed Masood", "ahmad-massoud"],
    ["Ahmad Shah Massoud", "ahmad-shah-massoud"],
    ["Ahmed Shah Masood", "ahmad-shah-massoud"],
    ["the ‘Lion of Panjshir’", "ahmad-shah-massoud"],
    ["Fahim Dashty", "fahim-dashty"],
    ["Fahim Dashti", "fahim-dashty"],
    ["Fahim Dasti", "fahim-dashty"],
    ["Dashti reported", "fahim-dashty"],
    ["Ali Maisam Nazary", "ali-maisam-nazary"],
    ["Ali Nazari", "ali-maisam-nazary"],
    ["Ali Nasary", "ali-maisam-nazary"],
    ["Amir Khan Muttaqi", "amir-khan-muttaqi"],
    ["Amir Khan Motaqi", "amir-khan-muttaqi"],
    ["Charika, the capital", "charikar"],
    ["the Khawak pass", "khawak-pass"],
    ["The Punjab Valley", "panjshir"],
    ["Taiban", "taliban"],
    ["Panjsher", "panjshir"],
  ])("%j names %s", (text, id) => {
    expect(idsIn(text)).toEqual([id]);
  });

  test("longest name first: Ahmad Shah Massoud is not also Ahmad Massoud or Massoud", () => {
    const mentions = find("the son of Ahmad Shah Massoud, Ahmad Massoud, said");
    expect(mentions.map((m) => [m.text, m.ids])).toEqual([
      ["Ahmad Shah Massoud", ["ahmad-shah-massoud"]],
      ["Ahmad Massoud", ["ahmad-massoud"]],
    ]);
  });

  test("a shared surname is ambiguous and names both Massouds", () => {
    const mention = find("‘The Taliban have chosen the path of war,’ Massoud said").at(-1);
    expect(mention).toMatchObject({
      ambiguous: true,
      ids: ["ahmad-massoud", "ahmad-shah-massoud"],
      text: "Massoud",
    });
    expect(mentionedIds(find("Massoud said"))).toEqual([]);
  });

  test("case and accents do not matter, word boundaries do", () => {
    expect(idsIn("AHMAD MASSOUD and aḥmad shāh massoud")).toEqual(["ahmad-massoud", "ahmad-shah-massoud"]);
    expect(idsIn("Kabulistan and Dashtiyari")).toEqual([]);
  });

  test("offsets point at the original spelling, possessives included", () => {
    const text = "In Massoud’s portrait, Panjshir’s fighters";
    expect(find(text).map((m) => text.slice(m.start, m.end))).toEqual(["Massoud", "Panjshir"]);
  });

  test("an acronym matches in capitals only", () => {
    expect(idsIn("the US provided")).toEqual(["united-states"]);
    expect(idsIn("nobody helping us")).toEqual([]);
  });
});

describe("createMentionFinder on its own", () => {
  const entries = [
    { id: "a", names: ["Ahmad Massoud"], shortNames: ["Massoud"] },
    { id: "b", names: ["Ahmad Shah Massoud"], shortNames: ["Massoud"] },
    { id: "c", names: ["Only"], shortNames: ["Mr Only"] },
  ];
  const finder = createMentionFinder(entries);

  test.each([
    ["", []],
    ["nothing here", []],
    ["Mr Only came", [["c"]]],
    ["Massoud", [["a", "b"]]],
  ])("%j", (text, expected) => {
    expect(finder(text).map((m) => m.ids)).toEqual(expected);
  });

  test("a short name used by one entry only is not ambiguous", () => {
    expect(finder("Mr Only")[0]?.ambiguous).toBe(false);
  });

  test("an empty gazetteer finds nothing", () => {
    expect(createMentionFinder([])("Kabul")).toEqual([]);
  });
});

describe("findNameCollisions", () => {
  test.each([
    [
      "no collision",
      [
        { id: "a", names: ["Kabul"] },
        { id: "b", names: ["Kapisa"] },
      ],
      [],
    ],
    [
      "an alias claimed twice, case- and accent-blind",
      [
        { id: "a", names: ["Dashti"] },
        { id: "b", names: ["dashtī"] },
      ],
      [{ name: "Dashti", ids: ["a", "b"] }],
    ],
    [
      "shared short names are allowed",
      [
        { id: "a", names: ["A"], shortNames: ["Massoud"] },
        { id: "b", names: ["B"], shortNames: ["Massoud"] },
      ],
      [],
    ],
    [
      "an alias of one that is a short name of another",
      [
        { id: "a", names: ["Massoud"] },
        { id: "b", names: ["B"], shortNames: ["Massoud"] },
      ],
      [{ name: "Massoud", ids: ["a", "b"] }],
    ],
    ["the same name twice in one entry is fine", [{ id: "a", names: ["NATO", "Nato"] }], []],
  ])("%s", (_label, entries, expected) => {
    expect(findNameCollisions(entries)).toEqual(expected);
  });
});

describe("mentions kept between builds", () => {
  test("unpacked, the real reports' mentions are the finder's, each list of ids one array", () => {
    const ids = new Map<string, readonly string[]>();
    const passages = corpus.reports.flatMap((r) => r.passages);
    const unpacked = passages.map((p) => unpackMentions(packMentions(p.mentions), p.text, ids));
    expect(unpacked).toEqual(passages.map((p) => p.mentions));
    expect(unpacked.flat().some((m) => m.ambiguous)).toBe(true);
    const massoud = unpacked.flat().filter((m) => m.ids.join(" ") === "ahmad-massoud");
    expect(massoud.length).toBeGreaterThan(1);
    expect(new Set(massoud.map((m) => m.ids)).size).toBe(1);
  });
});
