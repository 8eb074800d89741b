/**
 * <panjshir-search>: search as you type on the search page. It wraps the page's plain GET form,
 * which works on its own without JavaScript; once the index (data-index) has loaded, results
 * appear as the reader types, the query stays in `?q=` (replaceState), and the count is
 * announced through the element's role="status" line.
 *
 * Keyboard: "/" or Ctrl/⌘+K focuses the field; ↓ and ↑ move through the results; Enter opens
 * one (a plain link); Escape clears the search.
 *
 * Everything from the index or the query is put on the page with textContent and createElement,
 * never as HTML.
 */
import { splitHighlights, type Highlight } from "@/lib/highlights";
import { createSearcher, type SearchResults, type Searcher } from "@/lib/search";
import type { SearchIndex, TextShard } from "@/lib/searchIndex";

const TYPE_LABELS = { person: "Person", place: "Place", organisation: "Organisation" } as const;
/** Events and passages shown at first, each; a button shows the rest. */
const SHOWN = 10;
/**
 * Up to this many text shards (about 1,200 passages, some 50 reports) are loaded with the index,
 * so any word is searchable at once. Past it, shards load as results need their snippets, and
 * all of them only when a query names no person, place or organisation.
 */
const EAGER_SHARDS = 3;

class PanjshirSearch extends HTMLElement {
  #search: Searcher | undefined;
  #index: SearchIndex | undefined;
  #shards = new Map<number, Promise<void>>();
  /** Result groups the reader asked to see whole, for the current query. */
  #expanded = new Set<string>();
  #lastQuery = "";
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLElement;

  connectedCallback(): void {
    this.#input = this.querySelector("input[name=q]")!;
    this.#status = this.querySelector("[role=status]")!;
    this.#results = this.querySelector("[data-results]")!;
    this.querySelector("form")!.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#run();
    });
    this.#input.addEventListener("input", () => this.#run());
    this.addEventListener("keydown", (event) => this.#onKey(event));
    document.addEventListener("keydown", (event) => this.#onShortcut(event));
    const query = new URLSearchParams(location.search).get("q") ?? "";
    if (query) this.#input.value = query;
    // The page says typing-to-search needs JavaScript; with it running, that is no longer so.
    for (const note of document.querySelectorAll<HTMLElement>("[data-needs-script]")) note.hidden = true;
    this.#status.textContent = "Loading the search index…";
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const response = await fetch(this.dataset.index!);
      if (!response.ok) throw new Error(String(response.status));
      this.#index = (await response.json()) as SearchIndex;
      this.#search = createSearcher(this.#index);
      if (this.#index.shards.length <= EAGER_SHARDS) {
        await Promise.all(this.#index.shards.map((_, n) => this.#loadShard(n)));
      }
      this.dataset.ready = "";
      this.#run();
    } catch {
      this.#status.textContent =
        "The search index could not be loaded. Browse the reports and names listed below instead.";
    }
  }

  /** Loads text shard `n` once; resolves when its passages are searchable. */
  #loadShard(n: number): Promise<void> {
    let loading = this.#shards.get(n);
    if (!loading) {
      loading = fetch(this.#index!.shards[n]!)
        .then((response) => response.json() as Promise<TextShard>)
        .then((shard) => this.#search!.addShard(shard));
      this.#shards.set(n, loading);
    }
    return loading;
  }

  /** Loads `shards`, then searches again if the query is still the same. */
  #loadThenRerun(shards: number[]): void {
    if (shards.length === 0) return;
    const query = this.#input.value;
    void Promise.all(shards.map((n) => this.#loadShard(n))).then(() => {
      if (this.#input.value === query) this.#run();
    });
  }

  #run(): void {
    const query = this.#input.value;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(history.state, "", url);
    if (!this.#search) return;
    if (query !== this.#lastQuery) this.#expanded.clear();
    this.#lastQuery = query;
    const results = this.#search.search(query);
    this.#render(results);
    // Text for the snippets on show; the full text when the query names nobody and nowhere.
    const all = this.#index!.shards.map((_, n) => n);
    const needed =
      results.query && results.entries.length === 0
        ? all
        : this.#search.missingShards(
            this.#expanded.has("passages") ? results.passages : results.passages.slice(0, SHOWN),
          );
    this.#loadThenRerun(needed.filter((n) => !this.#shards.has(n)));
  }

  #onShortcut(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
    const slash = event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
    if (slash || commandK) {
      event.preventDefault();
      this.#input.focus();
      this.#input.select();
    }
  }

  #onKey(event: KeyboardEvent): void {
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>("a[data-result]")];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "Escape") {
      event.preventDefault();
      this.#input.value = "";
      this.#run();
      this.#input.focus();
    } else if (event.key === "ArrowDown" && links.length > 0) {
      event.preventDefault();
      links[Math.min(current + 1, links.length - 1)]!.focus();
    } else if (event.key === "ArrowUp" && current >= 0) {
      event.preventDefault();
      if (current === 0) this.#input.focus();
      else links[current - 1]!.focus();
    }
  }

  #render(results: SearchResults): void {
    const { query, entries, events, passages, suggestions, truncated } = results;
    if (!query) {
      this.#status.textContent = "Type a name, a place or any word from the reports.";
      this.#results.replaceChildren();
      return;
    }
    const total = entries.length + events.length + passages.length;
    const status = [
      total === 0
        ? "No results for "
        : `${total} result${total === 1 ? "" : "s"} (${entries.length} names, ${events.length} events, ${passages.length} passages) for `,
      quoted(query),
      truncated ? " (the query was cut to its first 100 characters)" : "",
    ];
    this.#status.replaceChildren(...status.map((part) => (typeof part === "string" ? text(part) : part)));

    if (total === 0) {
      this.#results.replaceChildren();
      if (suggestions.length > 0) {
        const p = el("p", {}, "Did you mean: ");
        suggestions.forEach((name, i) => {
          if (i > 0) p.append(", ");
          const a = el("a", { href: `?q=${encodeURIComponent(name)}` }, name);
          a.addEventListener("click", (event) => {
            event.preventDefault();
            this.#input.value = name;
            this.#run();
          });
          p.append(a);
        });
        p.append("?");
        this.#results.append(p);
      }
      return;
    }

    const sections = [
      this.#limited("People, places and organisations", "entries", entries, ({ entry }) => {
        const li = el("li");
        const heading = el("p", { class: "result-title" });
        heading.append(el("a", { href: entry.url, "data-result": "" }, entry.name), " ");
        heading.append(el("span", { class: "label tag" }, TYPE_LABELS[entry.type]));
        li.append(heading);
        const spellings = [...entry.aliases, ...entry.shortNames];
        if (spellings.length > 0) li.append(el("p", { class: "meta" }, `Also: ${spellings.join(", ")}`));
        li.append(el("p", { class: "snippet" }, entry.description));
        return li;
      }),
      this.#limited("Chronology events", "events", events, ({ event }) => {
        const li = el("li");
        const title = el("p", { class: "result-title" });
        title.append(el("a", { href: event.url, "data-result": "" }, event.headline));
        li.append(
          title,
          el("p", { class: "meta" }, el("time", { datetime: event.datetime }, event.dateLabel)),
        );
        return li;
      }),
      this.#limited("Passages", "passages", passages, (hit) => {
        const view = results.view(hit);
        const li = el("li");
        const heading = el("p", { class: "result-title" });
        const href = view?.href ?? `${hit.report.url}#${hit.passage.anchor}`;
        heading.append(el("a", { href, "data-result": "" }, hit.report.title));
        const meta = el("p", { class: "meta" });
        meta.append(
          `${hit.report.outlet ?? "Outlet not named"} · `,
          el("time", { datetime: hit.report.date }, hit.report.dateLabel),
        );
        const quote = el("p", { class: "snippet" });
        if (view) {
          if (view.snippet.cutStart) quote.append("… ");
          quote.append(...marked(view.snippet.text, view.snippet.highlights));
          if (view.snippet.cutEnd) quote.append(" …");
        } else {
          quote.append("Loading the passage…");
        }
        li.append(heading, meta, quote);
        return li;
      }),
    ];
    // One insertion, so the page is laid out once per keystroke.
    this.#results.replaceChildren(...sections.filter((section) => section !== null));
  }

  /**
   * Appends a result group showing its first SHOWN items, with a button that shows them all
   * (and keeps the reader's place by focusing the first newly shown result).
   */
  #limited<T>(
    title: string,
    key: string,
    items: readonly T[],
    render: (item: T) => HTMLElement,
  ): HTMLElement | null {
    if (items.length === 0) return null;
    const whole = this.#expanded.has(key) || items.length <= SHOWN;
    const shown = whole ? items : items.slice(0, SHOWN);
    const id = `results-${key}`;
    const heading = whole ? title : `${title} (first ${shown.length} of ${items.length})`;
    const section = group(heading, id, shown.map(render));
    if (!whole) {
      const more = el("button", { type: "button" }, `Show all ${items.length} ${title.toLowerCase()}`);
      more.addEventListener("click", () => {
        this.#expanded.add(key);
        this.#run();
        this.#results.querySelectorAll<HTMLAnchorElement>(`#${id} + ol a[data-result]`).item(SHOWN)?.focus();
      });
      section.append(more);
    }
    return section;
  }
}

/** A result group: a heading and an ordered list. */
function group(title: string, id: string, items: HTMLElement[]): HTMLElement {
  const section = el("section", { "aria-labelledby": id });
  section.append(el("h2", { id }, `${title}`));
  const list = el("ol", { class: "results" });
  list.append(...items);
  section.append(list);
  return section;
}

/** Text nodes and <mark> elements for `value` with `highlights` marked. */
function marked(value: string, highlights: readonly Highlight[]): Node[] {
  return splitHighlights(value, highlights).map((piece) =>
    piece.mark ? el("mark", {}, piece.text) : text(piece.text),
  );
}

/** The query as the reader typed it, in quote marks, isolated for right-to-left text. */
function quoted(query: string): HTMLElement {
  return el("span", { class: "query" }, "“", el("bdi", {}, query), "”");
}

function text(value: string): Text {
  return document.createTextNode(value);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (string | Node)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

customElements.define("panjshir-search", PanjshirSearch);
