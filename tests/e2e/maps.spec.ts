/**
 * The maps as a reader sees them, at a desktop's, a tablet's and a phone's width: every place in a map's
 * list has a visible label on the map, no two labels overlap, no label covers a marker or
 * leaves the map, and no two markers overlap. Boxes are the browser's own (getBBox, in the
 * map's units), so the check holds for the font the browser actually uses.
 */
import { expect, test, type Locator, type Page } from "./test";
import { DESKTOP, PHONE } from "./site";

const WIDTHS = [
  ["desktop", DESKTOP],
  // A column too narrow for the wide drawing: the narrow one, grown a little.
  ["tablet", { width: 600, height: 900 }],
  ["phone", PHONE],
] as const;

const MAPS = [
  ["places/", "Places the reports name around Kabul and the Panjshir Valley"],
  ["places/", "Countries the reports name"],
  ["places/astana/", "Where Astana is"],
  ["places/afghanistan/", "Where Afghanistan is"],
] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The browser's boxes of the map's labels, markers and frame, by place id. */
async function boxes(map: Locator) {
  return map.evaluate((svg: SVGSVGElement) => {
    const box = (el: SVGGraphicsElement) => {
      const { x, y, width, height } = el.getBBox();
      return { x, y, width, height };
    };
    const all = (selector: string) =>
      [...svg.querySelectorAll<SVGGraphicsElement>(selector)].map((el) => ({
        id: el.closest("[data-place]")!.getAttribute("data-place")!,
        text: el.textContent ?? "",
        box: box(el),
      }));
    const { x, y, width, height } = svg.viewBox.baseVal;
    return { labels: all("text.map-label"), markers: all(".place .symbol"), frame: { x, y, width, height } };
  });
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, frame: Box) =>
  a.x >= frame.x &&
  a.y >= frame.y &&
  a.x + a.width <= frame.x + frame.width &&
  a.y + a.height <= frame.y + frame.height;

/** The ids of the places a map's list links to, in order. */
async function listedIds(page: Page, map: Locator): Promise<string[]> {
  const listId = await map.getAttribute("aria-describedby");
  const links = page.locator(`[id="${listId}"]`).getByRole("link");
  return (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).map((path) =>
    path.split("/").filter(Boolean).at(-1)!,
  );
}

for (const [device, viewport] of WIDTHS) {
  test.describe(`maps on a ${device}`, () => {
    test.use({ viewport });

    for (const [path, name] of MAPS) {
      test(`/${path} "${name}": every listed place labelled, no label or marker overlapping`, async ({
        page,
      }) => {
        await page.goto(path);
        const map = page.getByRole("img", { name, exact: true });
        await expect(map).toBeVisible();
        const ids = await listedIds(page, map);
        expect(ids.length).toBeGreaterThan(0);
        const listNames = await page
          .locator(`[id="${await map.getAttribute("aria-describedby")}"]`)
          .getByRole("link")
          .allTextContents();
        for (const [i, id] of ids.entries()) {
          const label = map.locator(`text.map-label[data-place="${id}"]`);
          await expect(label).toBeVisible();
          // Provinces are set in capitals and a valley is named as one: the name is in the label.
          await expect(label).toContainText(listNames[i]!, { ignoreCase: true });
        }
        const { labels, markers, frame } = await boxes(map);
        expect(labels.map((l) => l.id).sort()).toEqual([...ids].sort());
        const problems: string[] = [];
        for (const [i, a] of labels.entries()) {
          if (!inside(a.box, frame)) problems.push(`${a.id}'s label leaves the map`);
          for (const b of labels.slice(i + 1))
            if (overlap(a.box, b.box)) problems.push(`the labels of ${a.id} and ${b.id} overlap`);
          for (const m of markers)
            if (overlap(a.box, m.box)) problems.push(`${a.id}'s label covers ${m.id}'s marker`);
        }
        for (const [i, a] of markers.entries())
          for (const b of markers.slice(i + 1))
            if (overlap(a.box, b.box)) problems.push(`the markers of ${a.id} and ${b.id} overlap`);
        expect(problems).toEqual([]);
      });
    }

    test("a map shows one drawing, sized for the page, with a scale bar and an inset", async ({ page }) => {
      await page.goto("places/");
      const map = page.getByRole("img", {
        name: "Places the reports name around Kabul and the Panjshir Valley",
      });
      await expect(map).toHaveCount(1);
      await expect(map.locator(".scale-bar text")).toHaveText(/^\d+ km$/);
      await expect(map.locator(".inset .area-frame")).toBeVisible();
      // Shown near the size it was drawn at, so labels keep about their size in px (a phone-sized
      // drawing may grow a little in a column too narrow for the wide one).
      const shown = (await map.boundingBox())!.width;
      const drawn = await map.evaluate((svg: SVGSVGElement) => svg.viewBox.baseVal.width);
      expect(shown / drawn).toBeGreaterThan(0.9);
      expect(shown / drawn).toBeLessThanOrEqual(1.3);
    });
  });
}
