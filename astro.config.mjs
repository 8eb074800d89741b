// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { contentStoreFile } from "./src/integrations/contentStoreFile.ts";
import { pageCache } from "./src/integrations/pageCache.ts";
import { serverBundleUnshaken } from "./src/integrations/serverBundleUnshaken.ts";
import { REPORTS_FOLDER } from "./src/lib/contentFolders.ts";
import { NO_ORIGIN_WARNING, publicOrigin } from "./src/lib/publicOrigin.ts";

// Where the site is deployed (docs/DEPLOY.md). The public origin (SITE_URL, or the host's own
// variable) is used for canonical URLs, the sitemap, the feed and sharing metadata; without one
// they are left out, never guessed. BASE_PATH is the folder the site is served from: "/" at a
// domain's root, "/panjshir-2021/" on a GitHub project page.
const ORIGIN = publicOrigin(process.env);
const BASE_PATH = process.env.BASE_PATH || "/";
const SITEMAP_URLS_PER_FILE = 10_000;

export default defineConfig({
  site: ORIGIN?.origin,
  base: BASE_PATH,
  trailingSlash: "ignore",
  // A build beside another in the same checkout (scripts/builds.mjs) keeps its own content store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The sitemap splits into files of at most 10,000 URLs (sitemap-0.xml, sitemap-1.xml, …) under
  // sitemap-index.xml, well inside the protocol's 50,000 and 50 MB a file at any corpus size.
  integrations: [
    // A rebuild renders only the pages whose content changed and keeps the others from the last
    // build (src/lib/pageCache.ts); the sitemap lists both.
    pageCache({ keyedFolders: [REPORTS_FOLDER], listing: [sitemap({ entryLimit: SITEMAP_URLS_PER_FILE })] }),
    publicOriginRoutes(),
    // The server build reads the content store's file rather than bundling it (a second of every
    // build at 1,000 reports, growing with the corpus).
    contentStoreFile(),
    // Nor is that bundle, rendered once and deleted, tree-shaken (a tenth of a rebuild).
    serverBundleUnshaken(),
  ],
  build: {
    // Every stylesheet is a file, so a header policy of style-src 'self' (public/_headers) holds
    // without hashes; the per-page meta policy below hashes what Astro emits.
    inlineStylesheets: "never",
    // Two pages in progress at a time, so that one renders while the other is being written to
    // disk: 5 % off a 1,000-report build (docs/BENCHMARKS.md, "The build at scale").
    concurrency: 2,
  },
  vite: {
    // Nor is any script inlined (Astro inlines scripts under this limit): a header policy of
    // script-src 'self' would block an inline one.
    build: { assetsInlineLimit: 0 },
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
});

/**
 * Says at build time where absolute URLs point, and adds the feed only when they can be
 * absolute (RSS links must be). The sitemap integration skips itself without a `site`.
 * @returns {import("astro").AstroIntegration}
 */
function publicOriginRoutes() {
  return {
    name: "panjshir-public-origin",
    hooks: {
      "astro:config:setup": ({ command, injectRoute, logger }) => {
        if (ORIGIN) {
          injectRoute({ pattern: "/rss.xml", entrypoint: "./src/routes/rss.xml.ts", prerender: true });
          if (command === "build") logger.info(`Public origin ${ORIGIN.origin} (from ${ORIGIN.from}).`);
        } else if (command === "build") {
          logger.warn(NO_ORIGIN_WARNING);
        }
      },
    },
  };
}
