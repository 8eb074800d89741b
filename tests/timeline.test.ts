import { expect, test } from "vitest";
import { buildCorpus } from "@/lib/corpus";
import { buildTimeline } from "@/lib/timeline";
import { loadContent } from "./helpers/content";

const corpus = buildCorpus(loadContent(new URL("./fixtures/valid/", import.meta.url).pathname));

test("each report's publication is placed in its era, after the events of its day", () => {
  const timeline = buildTimeline(corpus.eras, corpus.reports);
  const lines = timeline.map(({ era, items }) => [
    era.id,
    items.map((item) => (item.kind === "event" ? item.event.id : `published:${item.report.id}`)),
  ]);
  expect(lines).toEqual([
    ["background", ["kabul-falls"]],
    [
      "offensive",
      [
        "monday-fighting",
        "tuesday-attack",
        "talks-fail",
        "published:second-report",
        "published:first-report",
      ],
    ],
  ]);
});

test("eras are walked in date order whatever order they come in", () => {
  const reversed = buildTimeline([...corpus.eras].reverse(), corpus.reports);
  expect(reversed.map((t) => t.era.id)).toEqual(["background", "offensive"]);
});
