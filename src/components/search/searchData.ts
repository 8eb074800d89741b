/**
 * The search index, fetched from the build's static JSON: the core first, then the postings,
 * report and event files that queries and the results on show need, each once.
 */
import { createSearcher, type SearchFile, type Searcher } from "@/lib/search";
import type { SearchCore } from "@/lib/searchIndex";

/** The loaded core, its searcher, and the files asked for so far. */
export class SearchData {
  readonly searcher: Searcher;
  readonly #files = new Map<string, Promise<void>>();

  private constructor(core: SearchCore) {
    this.searcher = createSearcher(core);
  }

  /** Fetches the core index at `url`; rejects when it cannot be loaded. */
  static async fetch(url: string): Promise<SearchData> {
    return new SearchData(await fetchJson<SearchCore>(url));
  }

  /** Loads these files (each once); resolves when the searcher has them. */
  async load(urls: readonly string[]): Promise<void> {
    await Promise.all(urls.map((url) => this.#load(url)));
  }

  #load(url: string): Promise<void> {
    let loading = this.#files.get(url);
    if (!loading) {
      loading = fetchJson<SearchFile>(url).then((file) => this.searcher.add(url, file));
      // A failed file may be asked for again.
      loading.catch(() => this.#files.delete(url));
      this.#files.set(url, loading);
    }
    return loading;
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
