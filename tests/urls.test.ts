import { describe, expect, test } from "vitest";
import { joinBase, paths, servedSourceName } from "@/lib/urls";

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

describe("servedSourceName", () => {
  test("a .txt source keeps its name; any other is served as text under a .txt name", () => {
    expect(servedSourceName("000_c7f6f9536d71ed59.txt")).toBe("000_c7f6f9536d71ed59.txt");
    expect(servedSourceName("005_saved-page.html")).toBe("005_saved-page.html.txt");
    expect(paths.source("005_saved-page.html")).toBe("sources/005_saved-page.html.txt");
  });
});
