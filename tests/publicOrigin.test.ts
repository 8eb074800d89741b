import { describe, expect, test } from "vitest";
import { NO_ORIGIN_WARNING, ORIGIN_VARIABLES, publicOrigin } from "@/lib/publicOrigin";

describe("publicOrigin: where the built site will be served from", () => {
  test("none named: unknown, never guessed", () => {
    expect(publicOrigin({})).toBeUndefined();
    expect(publicOrigin({ SITE_URL: "  " })).toBeUndefined();
  });

  test("SITE_URL first, then the hosts' own variables in order", () => {
    const all = {
      SITE_URL: "https://a.example",
      URL: "https://b.example",
      CF_PAGES_URL: "https://c.example",
    };
    expect(publicOrigin(all)).toEqual({ origin: "https://a.example", from: "SITE_URL" });
    expect(publicOrigin({ ...all, SITE_URL: undefined })).toEqual({
      origin: "https://b.example",
      from: "URL",
    });
    expect(publicOrigin({ CF_PAGES_URL: "https://c.example" })).toEqual({
      origin: "https://c.example",
      from: "CF_PAGES_URL",
    });
  });

  test("a value without a scheme gets https://, and only the origin is kept", () => {
    expect(publicOrigin({ VERCEL_PROJECT_PRODUCTION_URL: "panjshir.example" })?.origin).toBe(
      "https://panjshir.example",
    );
    expect(publicOrigin({ SITE_URL: "https://example.org/panjshir-2021/" })?.origin).toBe(
      "https://example.org",
    );
  });

  test.each([
    "http://localhost:4321",
    "localhost",
    "http://127.0.0.1:8080",
    "http://[::1]/",
    "http://0.0.0.0",
    "app.localhost",
  ])("a loopback origin (%s) is refused, naming the variable", (value) => {
    expect(() => publicOrigin({ SITE_URL: value })).toThrow(
      /SITE_URL=.* is this machine, not a public origin/,
    );
  });

  test("a value that is no web address is refused with an example", () => {
    expect(() => publicOrigin({ URL: "ftp://example.org" })).toThrow(
      /URL="ftp:\/\/example.org" is not a web address/,
    );
    expect(() => publicOrigin({ SITE_URL: "https://" })).toThrow(/is not a URL: give the public origin/);
  });

  test("the warning names every variable a host sets", () => {
    for (const { name } of ORIGIN_VARIABLES) expect(NO_ORIGIN_WARNING).toContain(name);
  });
});
