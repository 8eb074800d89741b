import { expect, test } from "vitest";
import { readLinkedEntries } from "@/content/gazetteerFiles";

const ROOT = new URL("../", import.meta.url).pathname;

test("reads every entry's names with a link that respects the base path", () => {
  const entries = readLinkedEntries(ROOT, "/panjshir-2021/");
  const dashty = entries.find((e) => e.id === "fahim-dashty")!;
  expect(dashty.href).toBe("/panjshir-2021/people/fahim-dashty/");
  expect(dashty.names).toEqual(expect.arrayContaining(["Fahim Dashty", "Fahim Dasti"]));
  expect(entries.find((e) => e.id === "kabul")!.href).toBe("/panjshir-2021/places/kabul/");
  expect(entries.find((e) => e.id === "nrf")!.href).toBe("/panjshir-2021/organisations/nrf/");
});
