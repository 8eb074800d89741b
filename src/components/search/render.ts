/**
 * Puts search results on the page: the count in the status line, then the groups of results
 * (names, events, passages), each showing its first SHOWN items and a button for the rest. The
 * markup is copied from Search.astro's templates; everything from the index or the query goes in
 * as text (textContent and text nodes), never as HTML.
 */
import { ENTRY_KINDS } from "@/lib/entryKinds";
import { splitHighlights } from "@/lib/highlights";
import { OUTLET_NOT_NAMED } from "@/lib/labels";
import {
  MAX_QUERY_LENGTH,
  type EntryHit,
  type EventHit,
  type PassageHit,
  type SearchResults,
} from "@/lib/search";
import { Templates } from "./templates";

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
  readonly #templates: Templates;
  readonly #actions: ResultActions;
  /** Result groups the reader asked to see whole, for the current query. */
  readonly #expanded: ReadonlySet<string>;

  constructor(root: HTMLElement, actions: ResultActions, expanded: ReadonlySet<string>) {
    this.#status = root.querySelector("[role=status]")!;
    this.#results = root.querySelector("[data-results]")!;
    this.#templates = new Templates(root);
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
    this.#status.replaceChildren(...this.#statusLine(results));
    if (entries.length + events.length + passages.length === 0) {
      this.#results.replaceChildren(...this.#suggestions(results.suggestions));
      return;
    }
    const sections = [
      this.#group("People, places and organisations", "entries", entries, (hit) => this.#entry(hit)),
      this.#group("Chronology events", "events", events, (hit) => this.#event(hit)),
      this.#group("Passages", "passages", passages, (hit) => this.#passage(hit, results)),
    ];
    // One insertion, so the page is laid out once per keystroke.
    this.#results.replaceChildren(...sections.filter((section) => section !== null));
  }

  /** The status line for a query: the count of results, the query, and whether it was cut. */
  #statusLine({ query, entries, events, passages, truncated }: SearchResults): (string | Node)[] {
    const total = entries.length + events.length + passages.length;
    const count =
      total === 0
        ? "No results for "
        : `${total} result${total === 1 ? "" : "s"} (${entries.length} names, ${events.length} events, ${passages.length} passages) for `;
    // The query as the reader typed it, in quote marks, isolated for right-to-left text.
    const quoted = this.#templates.copy("query");
    quoted.querySelector("bdi")!.textContent = query;
    return [
      count,
      quoted,
      truncated ? ` (the query was cut to its first ${MAX_QUERY_LENGTH} characters)` : "",
    ];
  }

  /** "Did you mean: …?" with a link for each suggested name, or nothing. */
  #suggestions(names: readonly string[]): HTMLElement[] {
    if (names.length === 0) return [];
    const p = this.#templates.copy("suggestions");
    const link = p.querySelector("a")!;
    const links = names.map((name) => {
      const a = link.cloneNode() as HTMLAnchorElement;
      a.setAttribute("href", `?q=${encodeURIComponent(name)}`);
      a.textContent = name;
      a.addEventListener("click", (event) => {
        event.preventDefault();
        this.#actions.searchFor(name);
      });
      return a;
    });
    link.replaceWith(...links.flatMap((a, i) => (i > 0 ? [", ", a] : [a])));
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
    const section = this.#templates.copy("group");
    section.setAttribute("aria-labelledby", id);
    const heading = section.querySelector("h2")!;
    heading.id = id;
    heading.textContent = whole ? title : `${title} (first ${shown.length} of ${items.length})`;
    section.querySelector("ol")!.append(...shown.map(render));
    const more = section.querySelector("button")!;
    if (whole) {
      more.remove();
    } else {
      more.textContent = `Show all ${items.length} ${title.toLowerCase()}`;
      more.addEventListener("click", () => {
        this.#actions.showAll(key);
        this.#results.querySelectorAll<HTMLAnchorElement>(`#${id} + ol a[data-result]`).item(SHOWN)?.focus();
      });
    }
    return section;
  }

  #entry({ entry }: EntryHit): HTMLElement {
    const li = this.#templates.copy("entry");
    link(li, entry.url, entry.name);
    li.querySelector(".label")!.textContent = ENTRY_KINDS[entry.type].label;
    const spellings = [...entry.aliases, ...entry.shortNames];
    const meta = li.querySelector(".meta")!;
    if (spellings.length > 0) meta.textContent = `Also: ${spellings.join(", ")}`;
    else meta.remove();
    li.querySelector(".snippet")!.textContent = entry.description;
    return li;
  }

  #event({ event }: EventHit): HTMLElement {
    const li = this.#templates.copy("event");
    link(li, event.url, event.headline);
    time(li, event.datetime, event.dateLabel);
    return li;
  }

  /** A passage: its report, outlet and date, and its snippet (once its text shard is loaded). */
  #passage(hit: PassageHit, results: SearchResults): HTMLElement {
    const view = results.view(hit);
    const li = this.#templates.copy("passage");
    link(li, view?.href ?? `${hit.report.url}#${hit.passage.anchor}`, hit.report.title);
    time(li, hit.report.date, hit.report.dateLabel).before(`${hit.report.outlet ?? OUTLET_NOT_NAMED} · `);
    const quote = li.querySelector(".snippet")!;
    if (!view) {
      quote.textContent = "Loading the passage…";
      return li;
    }
    const { text, highlights, cutStart, cutEnd } = view.snippet;
    const pieces = splitHighlights(text, highlights).map((piece) => {
      if (!piece.mark) return piece.text;
      const mark = this.#templates.copy("mark");
      mark.textContent = piece.text;
      return mark;
    });
    quote.replaceChildren(...(cutStart ? ["… "] : []), ...pieces, ...(cutEnd ? [" …"] : []));
    return li;
  }
}

/** Fills the result link of `item`. */
function link(item: HTMLElement, href: string, text: string): void {
  const a = item.querySelector("a")!;
  a.setAttribute("href", href);
  a.textContent = text;
}

/** Fills the <time> of `item`; returns it. */
function time(item: HTMLElement, datetime: string, label: string): HTMLTimeElement {
  const element = item.querySelector("time")!;
  element.dateTime = datetime;
  element.textContent = label;
  return element;
}
