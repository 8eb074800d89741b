/**
 * Puts search results on the page: the count in the status line, then the groups of results
 * (names, events, passages), each showing its first SHOWN items and a button for the rest.
 * Everything from the index or the query goes in as text (createElement and text nodes), never
 * as HTML.
 */
import { ENTRY_KINDS } from "@/lib/entryKinds";
import { splitHighlights, type Highlight } from "@/lib/highlights";
import {
  MAX_QUERY_LENGTH,
  type EntryHit,
  type EventHit,
  type PassageHit,
  type SearchResults,
} from "@/lib/search";

/** Events and passages shown at first, each; a button shows the rest. */
const SHOWN = 10;

/** What the reader can do from the results, carried out by the search element. */
export interface ResultActions {
  /** Searches for a name offered when nothing matched. */
  searchFor: (name: string) => void;
  /** Shows the whole of a result group, then renders again. */
  showAll: (group: string) => void;
}

/** The status line and the results of one search element. */
export class ResultsView {
  readonly #status: HTMLElement;
  readonly #results: HTMLElement;
  readonly #actions: ResultActions;
  /** Result groups the reader asked to see whole, for the current query. */
  readonly #expanded: ReadonlySet<string>;

  constructor(root: HTMLElement, actions: ResultActions, expanded: ReadonlySet<string>) {
    this.#status = root.querySelector("[role=status]")!;
    this.#results = root.querySelector("[data-results]")!;
    this.#actions = actions;
    this.#expanded = expanded;
  }

  /** The element that holds the results (and their links, for the keys). */
  get results(): HTMLElement {
    return this.#results;
  }

  /** Shows `message` in the status line. */
  say(message: string): void {
    this.#status.textContent = message;
  }

  /** The passages on show for `results`: the first SHOWN, or all once the reader asked. */
  shownPassages(results: SearchResults): PassageHit[] {
    return this.#expanded.has("passages") ? results.passages : results.passages.slice(0, SHOWN);
  }

  /** Shows `results`: the count (or a prompt, for no query), then the groups or suggestions. */
  render(results: SearchResults): void {
    const { query, entries, events, passages } = results;
    if (!query) {
      this.say("Type a name, a place or any word from the reports.");
      this.#results.replaceChildren();
      return;
    }
    this.#status.replaceChildren(...statusLine(results));
    if (entries.length + events.length + passages.length === 0) {
      this.#results.replaceChildren(...this.#suggestions(results.suggestions));
      return;
    }
    const sections = [
      this.#group("People, places and organisations", "entries", entries, entryItem),
      this.#group("Chronology events", "events", events, eventItem),
      this.#group("Passages", "passages", passages, (hit) => passageItem(hit, results)),
    ];
    // One insertion, so the page is laid out once per keystroke.
    this.#results.replaceChildren(...sections.filter((section) => section !== null));
  }

  /** "Did you mean: …?" with a link for each suggested name, or nothing. */
  #suggestions(names: readonly string[]): HTMLElement[] {
    if (names.length === 0) return [];
    const p = el("p", {}, "Did you mean: ");
    names.forEach((name, i) => {
      if (i > 0) p.append(", ");
      const a = el("a", { href: `?q=${encodeURIComponent(name)}` }, name);
      a.addEventListener("click", (event) => {
        event.preventDefault();
        this.#actions.searchFor(name);
      });
      p.append(a);
    });
    p.append("?");
    return [p];
  }

  /**
   * A result group showing its first SHOWN items, with a button that shows them all (and keeps
   * the reader's place by focusing the first newly shown result); null when it has none.
   */
  #group<T>(
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
    const section = el("section", { "aria-labelledby": id });
    section.append(el("h2", { id }, `${heading}`));
    const list = el("ol", { class: "results" });
    list.append(...shown.map(render));
    section.append(list);
    if (!whole) {
      const more = el("button", { type: "button" }, `Show all ${items.length} ${title.toLowerCase()}`);
      more.addEventListener("click", () => {
        this.#actions.showAll(key);
        this.#results.querySelectorAll<HTMLAnchorElement>(`#${id} + ol a[data-result]`).item(SHOWN)?.focus();
      });
      section.append(more);
    }
    return section;
  }
}

/** The status line for a query: the count of results, the query, and whether it was cut. */
function statusLine({ query, entries, events, passages, truncated }: SearchResults): Node[] {
  const total = entries.length + events.length + passages.length;
  const count =
    total === 0
      ? "No results for "
      : `${total} result${total === 1 ? "" : "s"} (${entries.length} names, ${events.length} events, ${passages.length} passages) for `;
  const cut = truncated ? ` (the query was cut to its first ${MAX_QUERY_LENGTH} characters)` : "";
  // The query as the reader typed it, in quote marks, isolated for right-to-left text.
  return [text(count), el("span", { class: "query" }, "“", el("bdi", {}, query), "”"), text(cut)];
}

function entryItem({ entry }: EntryHit): HTMLElement {
  const li = el("li");
  const heading = el("p", { class: "result-title" });
  heading.append(el("a", { href: entry.url, "data-result": "" }, entry.name), " ");
  heading.append(el("span", { class: "label tag" }, ENTRY_KINDS[entry.type].label));
  li.append(heading);
  const spellings = [...entry.aliases, ...entry.shortNames];
  if (spellings.length > 0) li.append(el("p", { class: "meta" }, `Also: ${spellings.join(", ")}`));
  li.append(el("p", { class: "snippet" }, entry.description));
  return li;
}

function eventItem({ event }: EventHit): HTMLElement {
  const li = el("li");
  const title = el("p", { class: "result-title" });
  title.append(el("a", { href: event.url, "data-result": "" }, event.headline));
  li.append(title, el("p", { class: "meta" }, el("time", { datetime: event.datetime }, event.dateLabel)));
  return li;
}

/** A passage: its report, outlet and date, and its snippet (once its text shard is loaded). */
function passageItem(hit: PassageHit, results: SearchResults): HTMLElement {
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
}

/** Text nodes and <mark> elements for `value` with `highlights` marked. */
function marked(value: string, highlights: readonly Highlight[]): Node[] {
  return splitHighlights(value, highlights).map((piece) =>
    piece.mark ? el("mark", {}, piece.text) : text(piece.text),
  );
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
