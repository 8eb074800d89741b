/** The RSS feed of the reports: title, link, publication date, our summary and the outlet. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getCorpus } from "@/content/corpus";
import { dayAsUtcInstant } from "@/lib/dates";
import { OUTLET_NOT_NAMED } from "@/lib/labels";
import { escapeXml } from "@/lib/structuredData";
import { SITE, href, paths } from "@/site";

// Added to the build only when the public origin is known (astro.config.mjs), so `site` is set.
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error("The feed needs the public origin: set SITE_URL.");
  const corpus = await getCorpus();
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: new URL(href(paths.home()), site),
    xmlns: { dc: "http://purl.org/dc/elements/1.1/" },
    items: [...corpus.reports].reverse().map((report) => ({
      title: report.data.title,
      link: href(paths.report(report.id)),
      pubDate: dayAsUtcInstant(report.data.published.date),
      description: `Editorial summary: ${report.data.summary.text}`,
      customData: `<dc:publisher>${escapeXml(report.data.outlet.name ?? OUTLET_NOT_NAMED)}</dc:publisher>`,
    })),
    customData: "<language>en</language>",
  });
};
