// @ts-check
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import remarkDirective from "remark-directive";
import { readLinkedEntries } from "./src/content/gazetteerFiles.ts";
import { rehypeMentionLinks } from "./src/lib/rehypeMentionLinks.ts";
import { remarkReportStructure } from "./src/lib/reportStructure.ts";

// Where the site is deployed (docs/DEPLOY.md). SITE_URL is the public origin, used for
// canonical URLs, the sitemap, the feed and sharing metadata; BASE_PATH is the folder the site
// is served from: "/" at a domain's root, "/panjshir-2021/" on a GitHub project page.
const SITE_URL = process.env.SITE_URL || "http://localhost:4321";
const BASE_PATH = process.env.BASE_PATH || "/";
const ROOT = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: "ignore",
  integrations: [sitemap()],
  build: {
    // Every stylesheet is a file, so a header policy of style-src 'self' (public/_headers) holds
    // without hashes; the per-page meta policy below hashes what Astro emits.
    inlineStylesheets: "never",
  },
  experimental: {
    // A hash-based Content-Security-Policy <meta> on every page (script-src and style-src are
    // Astro's to fill); no 'unsafe-inline' anywhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
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
