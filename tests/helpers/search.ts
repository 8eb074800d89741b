/**
 * The search index of the real content, built exactly as the build does, with a searcher that
 * loads its files from memory as the search page fetches them.
 */
import { buildCorpus } from "@/lib/corpus";
import { createSearcher, type SearchFilters, type SearchResults, type Searcher } from "@/lib/search";
import { buildSearchIndex, filesByUrl, type SearchFiles, type SearchLinks } from "@/lib/searchIndex";
import { loadContent } from "./content";

export const LINKS: SearchLinks = {
  report: (id) => `/reports/${id}/`,
  entry: (type, id) => `/${type}/${id}/`,
  event: (id) => `/events/${id}/`,
  file: (kind, n) => `/search/${kind}/${n}.json`,
};

export const corpus = buildCorpus(loadContent());
export const files = buildSearchIndex(corpus, LINKS);

/** A searcher that loads, as the page does, what each query needs and every result's files. */
export function loadingSearcher(index: SearchFiles = files) {
  const searcher = createSearcher(index.core);
  const byUrl = filesByUrl(index);
  const loaded: string[] = [];
  const load = (urls: readonly string[]) =>
    urls.forEach((url) => {
      loaded.push(url);
      searcher.add(url, byUrl.get(url)!);
    });
  const search = (query: string, filters?: SearchFilters): SearchResults => {
    let results = searcher.search(query, filters, Infinity);
    // As the page does: search again once what the results need is loaded, until nothing is missing.
    for (let round = 0; round < 3; round++) {
      const needed =
        results.missing.length > 0 ? results.missing : searcher.filesToShow(results, Infinity, Infinity);
      if (needed.length === 0) break;
      load(needed);
      results = searcher.search(query, filters, Infinity);
    }
    return results;
  };
  return { searcher: searcher as Searcher, search, loaded };
}
