/**
 * <panjshir-search>: search as you type on the search page. It wraps the page's plain GET form,
 * which works on its own without JavaScript; once the core index (data-index) has loaded,
 * results appear as the reader types, the query and filters stay in the address
 * (replaceState), and the count is announced through the element's role="status" line.
 *
 * The parts: searchData.ts loads the index's files, queryUrl.ts reads the query and filters
 * from the form and keeps them in the address, keys.ts handles the keyboard, render.ts puts the
 * results on the page.
 */
import { focusOnShortcut, moveThroughResults } from "./keys";
import { describeFilters, formFromUrl, readForm } from "./queryUrl";
import { ResultsView } from "./render";
import { SearchData } from "./searchData";

class PanjshirSearch extends HTMLElement {
  #data: SearchData | undefined;
  #view!: ResultsView;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  /** The query and filters last shown, to know when the reader starts a new search. */
  #last = "";
  /** Removes the listeners when the element leaves the page. */
  #listening: AbortController | undefined;

  connectedCallback(): void {
    this.#form = this.querySelector("form")!;
    this.#input = this.querySelector("input[name=q]")!;
    this.#view = new ResultsView(this, {
      searchFor: (name) => this.#searchFor(name),
      refresh: () => this.#run(),
    });
    this.#listen();
    formFromUrl(this.#form);
    // The page says typing-to-search needs JavaScript; with it running, that is no longer so.
    for (const note of document.querySelectorAll<HTMLElement>("[data-needs-script]")) note.hidden = true;
    this.querySelector<HTMLElement>("[data-filters]")!.hidden = false;
    this.#view.say("Loading the search index…");
    void this.#load();
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
  }

  #listen(): void {
    this.#listening = new AbortController();
    const options = { signal: this.#listening.signal };
    const clear = () => this.#searchFor("");
    this.#form.addEventListener(
      "submit",
      (event) => {
        event.preventDefault();
        this.#run();
      },
      options,
    );
    // Typing in the field, and any change of a filter.
    this.#form.addEventListener("input", () => this.#run(), options);
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
      // The first search in a task of its own, after the index's: two short tasks keep the page
      // answering input, where one long one would block it.
      await new Promise((next) => setTimeout(next));
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

  /** Searches, shows what is loaded, and loads what the results still need, then shows them again. */
  #run(): void {
    const { query, filters } = readForm(this.#form);
    const data = this.#data;
    if (!data) return;
    const key = JSON.stringify([query.trim(), filters]);
    if (key !== this.#last) this.#view.reset();
    this.#last = key;
    const results = data.searcher.search(query, filters, this.#view.shown.reports);
    if (results.missing.length > 0) this.#view.say("Searching…");
    else this.#view.render(results, data.searcher, describeFilters(filters));
    const { reports, events } = this.#view.shown;
    const needed =
      results.missing.length > 0 ? results.missing : data.searcher.filesToShow(results, reports, events);
    // Busy while the results wait for files: assistive technology holds off reading them.
    if (needed.length > 0) this.#view.results.setAttribute("aria-busy", "true");
    else this.#view.results.removeAttribute("aria-busy");
    if (needed.length === 0) return;
    data.load(needed).then(
      () => {
        if (this.#last === key) this.#run();
      },
      () =>
        this.#view.say(
          "Part of the search index could not be loaded. Try again, or browse the reports below.",
        ),
    );
  }
}

customElements.define("panjshir-search", PanjshirSearch);
