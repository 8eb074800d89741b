/**
 * <panjshir-search>: search as you type on the search page. It wraps the page's plain GET form,
 * which works on its own without JavaScript; once the index (data-index) has loaded, results
 * appear as the reader types, the query stays in `?q=` (replaceState), and the count is
 * announced through the element's role="status" line.
 *
 * The parts: searchData.ts loads the index and its text shards, queryUrl.ts keeps the query in
 * the address, keys.ts handles the keyboard, render.ts puts the results on the page.
 */
import { focusOnShortcut, moveThroughResults } from "./keys";
import { keepQueryInUrl, queryFromUrl } from "./queryUrl";
import { ResultsView } from "./render";
import { SearchData } from "./searchData";

class PanjshirSearch extends HTMLElement {
  #data: SearchData | undefined;
  #view!: ResultsView;
  #input!: HTMLInputElement;
  /** Result groups the reader asked to see whole, for the current query. */
  #expanded = new Set<string>();
  #lastQuery = "";
  /** Removes the listeners when the element leaves the page. */
  #listening: AbortController | undefined;

  connectedCallback(): void {
    this.#input = this.querySelector("input[name=q]")!;
    const actions = {
      searchFor: (name: string) => this.#searchFor(name),
      showAll: (group: string) => {
        this.#expanded.add(group);
        this.#run();
      },
    };
    this.#view = new ResultsView(this, actions, this.#expanded);
    this.#listen();
    const query = queryFromUrl();
    if (query) this.#input.value = query;
    // The page says typing-to-search needs JavaScript; with it running, that is no longer so.
    for (const note of document.querySelectorAll<HTMLElement>("[data-needs-script]")) note.hidden = true;
    this.#view.say("Loading the search index…");
    void this.#load();
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
  }

  #listen(): void {
    this.#listening = new AbortController();
    const options = { signal: this.#listening.signal };
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      this.#run();
    };
    const clear = () => this.#searchFor("");
    this.querySelector("form")!.addEventListener("submit", submit, options);
    this.#input.addEventListener("input", () => this.#run(), options);
    this.addEventListener(
      "keydown",
      (event) => moveThroughResults(event, this.#input, this.#view.results, clear),
      options,
    );
    document.addEventListener("keydown", (event) => focusOnShortcut(event, this.#input), options);
  }

  async #load(): Promise<void> {
    try {
      this.#data = await SearchData.fetch(this.dataset.index!);
      await this.#data.loadEagerShards();
      this.dataset.ready = "";
      this.#run();
    } catch {
      this.#view.say(
        "The search index could not be loaded. Browse the reports and names listed below instead.",
      );
    }
  }

  /** Puts `query` in the field and searches for it. */
  #searchFor(query: string): void {
    this.#input.value = query;
    this.#run();
  }

  #run(): void {
    const query = this.#input.value;
    keepQueryInUrl(query);
    const data = this.#data;
    if (!data) return;
    if (query !== this.#lastQuery) this.#expanded.clear();
    this.#lastQuery = query;
    const results = data.searcher.search(query);
    this.#view.render(results);
    // Text for the snippets on show (all of it for a full-text query); search again once loaded.
    const needed = data.neededShards(results, this.#view.shownPassages(results));
    if (needed.length === 0) return;
    void data.loadShards(needed).then(() => {
      if (this.#input.value === query) this.#run();
    });
  }
}

customElements.define("panjshir-search", PanjshirSearch);
