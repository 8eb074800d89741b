/**
 * The search index and its text shards, fetched from the build's static JSON: the core index
 * first, then the shards of passage text as results need them.
 */
import { createSearcher, type PassageHit, type SearchResults, type Searcher } from "@/lib/search";
import type { SearchIndex, TextShard } from "@/lib/searchIndex";

/**
 * Up to this many text shards (about 1,200 passages, some 50 reports) are loaded with the index,
 * so any word is searchable at once. Past it, shards load as results need their snippets, and
 * all of them only when a query names no person, place or organisation.
 */
const EAGER_SHARDS = 3;

/** The loaded index, its searcher, and the text shards asked for so far. */
export class SearchData {
  readonly searcher: Searcher;
  readonly #index: SearchIndex;
  #shards = new Map<number, Promise<void>>();

  private constructor(index: SearchIndex) {
    this.#index = index;
    this.searcher = createSearcher(index);
  }

  /** Fetches the core index at `url`; rejects when it cannot be loaded. */
  static async fetch(url: string): Promise<SearchData> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(String(response.status));
    return new SearchData((await response.json()) as SearchIndex);
  }

  /** Loads every shard when there are few (EAGER_SHARDS); resolves at once otherwise. */
  async loadEagerShards(): Promise<void> {
    if (this.#index.shards.length <= EAGER_SHARDS) {
      await Promise.all(this.#index.shards.map((_, n) => this.#loadShard(n)));
    }
  }

  /**
   * The shards not asked for yet that `results` need: those with the text of the passages
   * shown, or every shard when the query names nobody and nowhere (a full-text search).
   */
  neededShards(results: SearchResults, shown: readonly PassageHit[]): number[] {
    const needed =
      results.query && results.entries.length === 0
        ? this.#index.shards.map((_, n) => n)
        : this.searcher.missingShards(shown);
    return needed.filter((n) => !this.#shards.has(n));
  }

  /** Loads these shards (each once); resolves when their passages are searchable. */
  async loadShards(shards: readonly number[]): Promise<void> {
    await Promise.all(shards.map((n) => this.#loadShard(n)));
  }

  #loadShard(n: number): Promise<void> {
    let loading = this.#shards.get(n);
    if (!loading) {
      loading = fetch(this.#index.shards[n]!)
        .then((response) => response.json() as Promise<TextShard>)
        .then((shard) => this.searcher.addShard(shard));
      this.#shards.set(n, loading);
    }
    return loading;
  }
}
