import { expect, test } from "vitest";
import { createMentionFinder, namedEntryOf } from "@/lib/mentions";
import { createReportRenderer } from "@/lib/reportHtml";

const entries = [
  { id: "kabul", type: "place", name: "Kabul", aliases: [], transliterations: [], shortNames: [] },
  { id: "fahim-dashty", type: "person", name: "Fahim Dashty", aliases: ["Fahim Dasti"], shortNames: [] },
];
const render = await createReportRenderer(
  createMentionFinder(entries.map(namedEntryOf)),
  (id) => `/base/${entries.find((e) => e.id === id)!.type}/${id}/`,
);

test("numbers the passages, marks captions and links each entry's first name in a passage to hrefOf", async () => {
  const html = await render(
    "Kabul fell. Kabul was quiet.\n\n:::caption\nFahim Dasti in Kabul.\n:::\n\n- Taliban entered Kabul",
  );
  expect(html).toContain(
    '<p id="p-1"><a href="/base/place/kabul/" class="mention" data-entry="kabul">Kabul</a> fell. Kabul was quiet.</p>',
  );
  expect(html).toContain('<figure class="caption"><figcaption><p id="p-2">');
  expect(html).toContain('data-entry="fahim-dashty">Fahim Dasti</a>');
  expect(html).toMatch(/<li id="p-3">Taliban entered <a href="\/base\/place\/kabul\/"/);
});

test("keeps the copy's characters: no smart quotes or dashes are invented", async () => {
  const html = await render(`He said "we will fight" -- and left... It's 'over'.`);
  expect(html).toBe(`<p id="p-1">He said "we will fight" -- and left... It's 'over'.</p>`);
});
