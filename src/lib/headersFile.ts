/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share): a path pattern on its
 * own line, then indented `Name: value` lines, `#` comments. The browser tests apply it to the
 * preview server's responses, so the header policy is tested as those hosts send it.
 */

/** One block of the file: a path pattern and the headers it adds. */
export interface HeaderRule {
  /** `/*`, `/_astro/*`, or an exact path; `*` matches any run of characters. */
  pattern: string;
  /** Header names as written, with their values. */
  headers: Record<string, string>;
}

/** Parses the file; a header line before any pattern, or a line without a colon, is an error. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon < 0)
      throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  });
  return rules;
}

/**
 * The headers for a path (relative to the site's root, with its base path removed): every
 * matching rule in file order, later values for the same name winning.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split("*").map(escapeRegExp).join(".*")}$`);
    if (pattern.test(path)) Object.assign(headers, rule.headers);
  }
  return headers;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
