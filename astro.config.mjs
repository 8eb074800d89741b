// @ts-check
import { defineConfig } from "astro/config";
import remarkDirective from "remark-directive";
import { remarkReportStructure } from "./src/lib/reportStructure.ts";

// Where the site is deployed. SITE_URL is the public origin (used for canonical URLs, the
// sitemap and the feed); BASE_PATH is the folder it is served from ("/" at a domain's root,
// "/panjshir-2021/" on a project page). See docs/DEPLOY.md.
const SITE_URL = process.env.SITE_URL || "http://localhost:4321";
const BASE_PATH = process.env.BASE_PATH || "/";

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: "ignore",
  markdown: {
    // The reports are faithful copies: no typographic "smart" quotes or dashes may be invented.
    smartypants: false,
    remarkPlugins: [remarkDirective, remarkReportStructure],
  },
});
