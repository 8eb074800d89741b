import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { headersFor, parseHeadersFile } from "@/lib/headersFile";

const ROOT = new URL("../", import.meta.url).pathname;

describe("parseHeadersFile and headersFor", () => {
  const rules = parseHeadersFile(
    "# comment\n/*\n  X-A: 1\n  X-B: two: parts\n\n/_astro/*\n  Cache-Control: immutable\n/exact\n  X-A: 3\n",
  );

  test.each<[string, Record<string, string>]>([
    ["/", { "X-A": "1", "X-B": "two: parts" }],
    ["/_astro/app.js", { "X-A": "1", "X-B": "two: parts", "Cache-Control": "immutable" }],
    ["/exact", { "X-A": "3", "X-B": "two: parts" }],
    ["/exact/more", { "X-A": "1", "X-B": "two: parts" }],
  ])("%s gets every matching block, later values winning", (path, expected) => {
    expect(headersFor(rules, path)).toEqual(expected);
  });

  test.each([["  X-A: 1\n/*\n"], ["/*\n  no colon here\n"]])("%j is an error", (text) => {
    expect(() => parseHeadersFile(text)).toThrow(/_headers line \d+/);
  });
});

describe("the nginx example in docs/DEPLOY.md sends the headers of public/_headers", () => {
  const rules = parseHeadersFile(readFileSync(`${ROOT}public/_headers`, "utf8"));
  const doc = readFileSync(`${ROOT}docs/DEPLOY.md`, "utf8");
  const nginx = /```nginx\n([\s\S]*?)```/.exec(doc)![1]!;
  const BASE = "/panjshir-2021";

  // Each location's own directives run up to the next location (nested ones follow the parent's).
  const locations = nginx
    .split(/^\s*location /m)
    .slice(1)
    .map((chunk) => {
      const headers: Record<string, string> = {};
      for (const [, name, value] of chunk.matchAll(/add_header (\S+) "([^"]*)" always;/g))
        headers[name!] = value!;
      const type = /default_type "([^"]*)";/.exec(chunk);
      if (type) headers["Content-Type"] = type[1]!;
      return { path: chunk.split(" ")[0]!, headers };
    });

  test("the example has the site's, the bundles' and the sources' locations", () => {
    expect(locations.map((l) => l.path)).toEqual([`${BASE}/`, `${BASE}/_astro/`, `${BASE}/sources/`]);
  });

  test.each(["/", "/_astro/x.css", "/sources/x.txt"])("a file at %s", (path) => {
    const location = locations.filter((l) => `${BASE}${path}`.startsWith(l.path)).at(-1)!;
    expect(location.headers).toEqual(headersFor(rules, path));
  });
});
