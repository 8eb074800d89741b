/**
 * The one URL builder. Every internal link goes through `joinBase`, so the site works at a
 * domain's root and under a sub-path (`/panjshir-2021/`) alike.
 */
import { ENTRY_KINDS, type GazetteerType } from "./entryKinds";

/**
 * Joins the deploy base and a site path: `joinBase("/panjshir-2021/", "reports/x/")` →
 * `/panjshir-2021/reports/x/`. Keeps a `?query` or `#hash` on the path.
 */
export function joinBase(base: string, path: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, "")}`.replace(/^\/$/, "");
  const rest = path.replace(/^\/+/, "");
  return `${prefix}/${rest}`;
}

/**
 * The name a source document is served under: its own name when it is a `.txt`, else with `.txt`
 * added, so that a saved news page (`x.html`) is served as text, never as a page on our origin.
 */
export function servedSourceName(seedFile: string): string {
  return /\.txt$/i.test(seedFile) ? seedFile : `${seedFile}.txt`;
}

/** Site paths of every kind of page, relative to the base. */
export const paths = {
  home: () => "",
  report: (id: string, anchor?: string) => `reports/${id}/${anchor ? `#${anchor}` : ""}`,
  chronology: (anchor?: string) => `chronology/${anchor ? `#${anchor}` : ""}`,
  /** The first page of one month of a chronology too long for one page (`YYYY-MM`). */
  chronologyMonth: (month: string) => `chronology/${month}/`,
  /** The first page of the reports published in one month (`YYYY-MM`), when there are too many for one list. */
  reportMonth: (month: string) => `published/${month}/`,
  /** The permanent page of one chronology event. */
  event: (id: string) => `events/${id}/`,
  /** The claims ledger; `anchor` is a topic id or a ledger section. */
  claims: (anchor?: string) => `claims/${anchor ? `#${anchor}` : ""}`,
  search: (query?: string) => `search/${query ? `?q=${encodeURIComponent(query)}` : ""}`,
  /** The search index's core, postings, report and event files (src/lib/searchIndex.ts). */
  searchIndex: () => "search/index.json",
  searchFile: (kind: "postings" | "reports" | "events", n: number | string) => `search/${kind}/${n}.json`,
  /** A source document as received, served as plain text (its file name in content/sources/). */
  source: (file: string) => `sources/${servedSourceName(file)}`,
  /** The index page of people, places or organisations. */
  entries: (type: GazetteerType) => `${ENTRY_KINDS[type].folder}/`,
  /** The page of one gazetteer entry. */
  entry: (type: GazetteerType, id: string) => `${ENTRY_KINDS[type].folder}/${id}/`,
};
