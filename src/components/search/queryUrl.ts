/**
 * The query and the filters in the page's address (`?q=…&outlet=…&from=…&to=…&kind=…`), so a
 * search can be reloaded, bookmarked and shared. The search page's form sends the same
 * parameters without JavaScript.
 */
import { RESULT_KINDS, type ResultKind, type SearchFilters } from "@/lib/search";

/** The query and filters the page was opened with. */
export function fromUrl(): { query: string; filters: SearchFilters } {
  const params = new URLSearchParams(location.search);
  const kinds = params
    .getAll("kind")
    .filter((k): k is ResultKind => (RESULT_KINDS as readonly string[]).includes(k));
  return {
    query: params.get("q") ?? "",
    filters: {
      outlet: params.get("outlet") ?? "",
      from: params.get("from") ?? "",
      to: params.get("to") ?? "",
      kinds,
    },
  };
}

/** Puts `query` and the filters in use in the address, without adding a history entry. */
export function keepInUrl(query: string, filters: SearchFilters): void {
  const url = new URL(location.href);
  for (const name of ["q", "outlet", "from", "to", "kind"]) url.searchParams.delete(name);
  if (query.trim()) url.searchParams.set("q", query);
  for (const name of ["outlet", "from", "to"] as const) {
    if (filters[name]) url.searchParams.set(name, filters[name]);
  }
  for (const kind of filters.kinds ?? []) url.searchParams.append("kind", kind);
  history.replaceState(history.state, "", url);
}
