// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import remarkDirective from "remark-directive";
import { readLinkedEntries } from "./src/content/gazetteerFiles.ts";
import { rehypeMentionLinks } from "./src/lib/rehypeMentionLinks.ts";
import { remarkReportStructure } from "./src/lib/reportStructure.ts";

// Where the site is deployed. SITE_URL is the public origin (used for canonical URLs, the
// sitemap and the feed); BASE_PATH is the folder it is served from ("/" at a domain's root,
// "/panjshir-2021/" on a project page). See docs/DEPLOY.md.
const SITE_URL = process.env.SITE_URL || "http://localhost:4321";
const BASE_PATH = process.env.BASE_PATH || "/";
const ROOT = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: "ignore",
  markdown: {
    // The reports are faithful copies: no typographic "smart" quotes or dashes may be invented.
    smartypants: false,
    remarkPlugins: [remarkDirective, remarkReportStructure],
    // Names in report pages link to their gazetteer pages (the text itself is unchanged). The
    // options carry every name and link, and Astro drops its rendered-Markdown cache whenever
    // the config changes, so a gazetteer edit re-renders the reports (tests/build.test.ts).
    rehypePlugins: [[rehypeMentionLinks, { entries: readLinkedEntries(ROOT, BASE_PATH) }]],
  },
});
