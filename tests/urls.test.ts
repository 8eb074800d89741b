import { describe, expect, test } from "vitest";
import { joinBase, paths } from "@/lib/urls";

describe("joinBase", () => {
  test.each([
    ["/", "", "/"],
    ["/", "reports/x/", "/reports/x/"],
    ["/", "/search/?q=Masood", "/search/?q=Masood"],
    ["/panjshir-2021/", "", "/panjshir-2021/"],
    ["/panjshir-2021/", "reports/x/#p-3", "/panjshir-2021/reports/x/#p-3"],
    ["/panjshir-2021", "/chronology/", "/panjshir-2021/chronology/"],
    ["panjshir-2021", "favicon.svg", "/panjshir-2021/favicon.svg"],
  ])("base %j + %j → %j", (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe("paths", () => {
  test.each([
    [paths.home(), ""],
    [paths.report("taliban-raise-flag-over-panjshir"), "reports/taliban-raise-flag-over-panjshir/"],
    [paths.report("x", "p-12"), "reports/x/#p-12"],
    [paths.chronology(), "chronology/"],
    [paths.search(), "search/"],
    [paths.search("Dashti & <Dasti>"), "search/?q=Dashti%20%26%20%3CDasti%3E"],
  ])("%j", (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
