/**
 * Structured data (schema.org JSON-LD) for each kind of page, built from the corpus. Absolute
 * URLs come from the caller's `url` function, which knows the site and the base path.
 */
import type { ChronologyEvent, Corpus, GazetteerEntry, Report } from "@/lib/corpus/types";
import { ENTRY_KINDS, type GazetteerType } from "./entryKinds";

/** Makes an absolute URL from a site path. */
export type AbsoluteUrl = (path: string) => string;
/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

const CONTEXT = "https://schema.org";

/** JSON for a `<script type="application/ld+json">`: "<" is escaped so no text can end the script. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** Text escaped for XML element content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function thing(entry: GazetteerEntry, url: string): JsonLd {
  const names = [...entry.aliases, ...entry.transliterations, ...entry.nativeNames.map((n) => n.name)];
  const { place } = entry;
  return {
    "@type": ENTRY_KINDS[entry.type].schemaType,
    name: entry.name,
    ...(names.length > 0 ? { alternateName: names } : {}),
    url,
    ...(place
      ? {
          geo: {
            "@type": "GeoCoordinates",
            latitude: place.coordinates.lat,
            longitude: place.coordinates.lon,
          },
        }
      : {}),
  };
}

/** The site itself, for the home page. */
export function websiteLd(name: string, description: string, url: string): JsonLd {
  return { "@context": CONTEXT, "@type": "WebSite", name, description, url, inLanguage: "en" };
}

/**
 * A report copy: a NewsArticle that is based on the original (its outlet where the document
 * shows it), with its dates and the people, places and organisations it mentions.
 */
export function reportLd(report: Report, corpus: Corpus, url: AbsoluteUrl, paths: EntryPaths): JsonLd {
  const mentions = report.mentions.map((id) => {
    const entry = corpus.gazetteerById.get(id)!;
    return thing(entry, url(paths.entry(entry.type, entry.id)));
  });
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    headline: report.data.title,
    description: report.data.summary.text,
    datePublished: report.data.published.date,
    url: url(paths.report(report.id)),
    inLanguage: "en",
    isBasedOn: {
      "@type": "NewsArticle",
      headline: report.data.title,
      datePublished: report.data.published.date,
      ...(report.data.outlet.name
        ? { publisher: { "@type": "Organization", name: report.data.outlet.name } }
        : {}),
    },
    mentions,
  };
}

/** The chronology: an ItemList of Events, in date order. */
export function chronologyLd(
  events: readonly ChronologyEvent[],
  corpus: Corpus,
  url: AbsoluteUrl,
  paths: EntryPaths,
): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "ItemList",
    name: "Chronology of the Panjshir reports",
    itemListOrder: "https://schema.org/ItemListOrderAscending",
    numberOfItems: events.length,
    itemListElement: events.map((event, index) => ({
      "@type": "ListItem",
      position: index + 1,
      item: eventThing(event, corpus, url, paths),
    })),
  };
}

/** An event's own page: the Event, with the reports that cite it. */
export function eventLd(event: ChronologyEvent, corpus: Corpus, url: AbsoluteUrl, paths: EntryPaths): JsonLd {
  return {
    "@context": CONTEXT,
    ...eventThing(event, corpus, url, paths),
    subjectOf: event.reports.map((id) => ({
      "@type": "NewsArticle",
      headline: corpus.reportsById.get(id)!.data.title,
      url: url(paths.report(id)),
    })),
  };
}

/** An event as schema.org sees it: its name, dates, page and the places it involves. */
function eventThing(event: ChronologyEvent, corpus: Corpus, url: AbsoluteUrl, paths: EntryPaths): JsonLd {
  const places = event.involves.map((id) => corpus.gazetteerById.get(id)!).filter((e) => e.type === "place");
  return {
    "@type": "Event",
    name: event.headline,
    startDate: event.date.start,
    ...(event.date.end !== event.date.start ? { endDate: event.date.end } : {}),
    url: url(paths.event(event.id)),
    ...(places.length > 0 ? { location: places.map((p) => thing(p, url(paths.entry(p.type, p.id)))) } : {}),
  };
}

/** A gazetteer entry's page: a Person, Place or Organization with its description. */
export function entryLd(entry: GazetteerEntry, url: AbsoluteUrl, paths: EntryPaths): JsonLd {
  return {
    "@context": CONTEXT,
    ...thing(entry, url(paths.entry(entry.type, entry.id))),
    description: entry.description.text,
  };
}

/** The site paths these functions link to (src/lib/urls.ts `paths`). */
export interface EntryPaths {
  report: (id: string) => string;
  event: (id: string) => string;
  entry: (type: GazetteerType, id: string) => string;
}
