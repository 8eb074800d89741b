/**
 * The colour tokens of src/styles/global.css (docs/DESIGN.md): every text colour on every
 * background it is used on passes WCAG AA (4.5:1) in light and dark, the outlet badges among
 * them, and each of the eight outlet colours has its badge rule.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

const CSS = readFileSync(new URL("../src/styles/global.css", import.meta.url), "utf8");
const OUTLET_COLOURS = 8;

/** The `--name: #hex` declarations of the first `:root { … }` block in `css`. */
function tokens(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  return new Map(
    [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, hex]) => [name!, hex!]),
  );
}

const light = tokens(CSS);
const darkBlock = CSS.slice(CSS.indexOf("@media (prefers-color-scheme: dark)"));
const dark = new Map([...light, ...tokens(darkBlock)]);

/** The relative luminance of a `#rrggbb` colour (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

test.each([
  ["#000000", "#ffffff", 21],
  ["#ffffff", "#ffffff", 1],
  ["#767676", "#ffffff", 4.54],
])("contrast(%s, %s) is %d", (a, b, ratio) => {
  expect(contrast(a, b)).toBeCloseTo(ratio, 2);
});

/** Text token on background token, as the stylesheet pairs them. */
const PAIRS: [string, string][] = [
  ["--text", "--bg"],
  ["--text", "--surface"],
  ["--text", "--dispute"],
  ["--muted", "--bg"],
  ["--muted", "--surface"],
  ["--muted", "--dispute"],
  ["--link", "--bg"],
  ["--link", "--surface"],
  ["--link", "--dispute"],
  ["--link-visited", "--bg"],
  ["--link-visited", "--surface"],
  ["--bg", "--link"],
  ["--accent", "--bg"],
  ["--accent", "--dispute"],
  ["--mark-text", "--mark"],
  ...Array.from({ length: OUTLET_COLOURS }, (_, i): [string, string] => [
    `--outlet-${i}-fg`,
    `--outlet-${i}-bg`,
  ]),
];

describe.each([
  ["light", light],
  ["dark", dark],
])("%s colours", (_, scheme) => {
  test.each(PAIRS)("%s on %s is at least 4.5:1", (fg, bg) => {
    expect(scheme.get(fg), fg).toBeDefined();
    expect(scheme.get(bg), bg).toBeDefined();
    expect(contrast(scheme.get(fg)!, scheme.get(bg)!)).toBeGreaterThanOrEqual(4.5);
  });
});

test.each(Array.from({ length: OUTLET_COLOURS }, (_, i) => i))(
  "outlet colour %i has its badge rule, reading its two tokens",
  (i) => {
    const rule = new RegExp(
      `\\[data-outlet-colour="${i}"\\]\\s*\\{\\s*--outlet-bg:\\s*var\\(--outlet-${i}-bg\\);\\s*--outlet-fg:\\s*var\\(--outlet-${i}-fg\\);\\s*\\}`,
    );
    expect(CSS).toMatch(rule);
  },
);

test("the eight outlet backgrounds are eight different colours in each scheme", () => {
  for (const scheme of [light, dark]) {
    const backgrounds = Array.from({ length: OUTLET_COLOURS }, (_, i) => scheme.get(`--outlet-${i}-bg`));
    expect(new Set(backgrounds).size).toBe(OUTLET_COLOURS);
  }
});
