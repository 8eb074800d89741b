import { expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import { buildLedger, OTHERS_COLUMN } from "@/lib/ledger";
import { loadContent } from "./helpers/content";

const corpus = buildCorpus(loadContent(new URL("./fixtures/valid/", import.meta.url).pathname));
const ledger = buildLedger(corpus.events, corpus.topics, corpus.parties);

test("one column per side of the fighting, then everyone else", () => {
  expect(ledger.columns.map((c) => c.id)).toEqual(["nrf", "taliban", OTHERS_COLUMN]);
});

test("sections keep their order and leave out topics without claims", () => {
  expect(ledger.sections.map((s) => [s.id, s.rows.map((r) => r.topic.id)])).toEqual([
    ["casualties", ["taliban-killed"]],
    ["other", ["talks-under-way"]],
  ]);
});

test.each<[string, string, [number, number, number]]>([
  ["taliban-killed", "both NRF figures in the NRF column, none for the Taliban", [2, 0, 0]],
  ["talks-under-way", "the two sides side by side", [1, 1, 0]],
])("%s: %s", (topic, _label, counts) => {
  const row = ledger.sections.flatMap((s) => s.rows).find((r) => r.topic.id === topic)!;
  expect(row.cells.map((cell) => cell.length)).toEqual(counts);
});

test("each figure keeps its event, party, words and whether it is disputed", () => {
  const row = ledger.sections.flatMap((s) => s.rows).find((r) => r.topic.id === "talks-under-way")!;
  expect(row.cells.flat().map((e) => [e.event.id, e.claim.party, e.claim.words, e.disputed])).toEqual([
    ["talks-fail", "nrf", "still going on", true],
    ["talks-fail", "taliban", "talks had failed", true],
  ]);
  const killed = ledger.sections[0]!.rows[0]!.cells[0]!;
  expect(killed.map((e) => e.disputed)).toEqual([false, false]);
});
