/**
 * The query in the page's address (`?q=`), so a search can be reloaded, bookmarked and shared.
 * The search page's form sends the same parameter without JavaScript.
 */

/** The query the page was opened with, or "". */
export function queryFromUrl(): string {
  return new URLSearchParams(location.search).get("q") ?? "";
}

/** Puts `query` in the address, or takes it out when blank, without adding a history entry. */
export function keepQueryInUrl(query: string): void {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  history.replaceState(history.state, "", url);
}
