/**
 * Puts search results on the page: the count in the status line, then the names and the events
 * (each group showing its first SHOWN, with a button for the rest), then one result per matching
 * report with its best passages beneath, REPORTS_PAGE reports at a time. The markup is copied
 * from Search.astro's templates; everything from the index or the query goes in as text
 * (textContent and text nodes), never as HTML.
 */
import { splitHighlights } from "@/lib/highlights";
import { OUTLET_NOT_NAMED, paragraphWords } from "@/lib/labels";
import {
  MAX_QUERY_LENGTH,
  type EntryHit,
  type EventHit,
  type Searcher,
  type SearchResults,
} from "@/lib/search";
import type { RankedReport } from "@/lib/searchRank";
import { Templates } from "./templates";

/** Names and events shown at first, each; a button shows the rest. */
const SHOWN = 10;
/** Reports shown at first, and added by each press of "More reports". */
export const REPORTS_PAGE = 20;
/** Passages shown under each report: its best ones. */
const PASSAGES_SHOWN = 3;

/** What the reader can do from the results, carried out by the search element. */
export interface ResultActions {
  /** Searches for a name offered when nothing matched. */
  searchFor: (name: string) => void;
  /** Renders again, after the reader asked to see more. */
  refresh: () => void;
}

/** The status line and the results of one search element. */
export class ResultsView {
  readonly #status: HTMLElement;
  readonly #results: HTMLElement;
  readonly #templates: Templates;
  readonly #actions: ResultActions;
  /** Groups the reader asked to see whole, and how many reports, for the current query. */
  #expanded = new Set<string>();
  #reports = REPORTS_PAGE;

  constructor(root: HTMLElement, actions: ResultActions) {
    this.#status = root.querySelector("[role=status]")!;
    this.#results = root.querySelector("[data-results]")!;
    this.#templates = new Templates(root);
    this.#actions = actions;
  }

  /** The element that holds the results (and their links, for the keys). */
  get results(): HTMLElement {
    return this.#results;
  }

  /** Shows `message` in the status line. */
  say(message: string): void {
    this.#status.textContent = message;
  }

  /** Back to the first page of each group, for a new query. */
  reset(): void {
    this.#expanded.clear();
    this.#reports = REPORTS_PAGE;
  }

  /** How many reports and events are on show (their files must be loaded). */
  get shown(): { reports: number; events: number } {
    return { reports: this.#reports, events: this.#expanded.has("events") ? Infinity : SHOWN };
  }

  /** Shows `results`: the count (or a prompt), then the groups or suggestions. `filtered` names the filters in use. */
  render(results: SearchResults, searcher: Searcher, filtered: string): void {
    const { query, entries, events, reports } = results;
    if (!query) {
      this.say("Type a name, a place or any word from the reports.");
      this.#results.replaceChildren();
      return;
    }
    this.#status.replaceChildren(...this.#statusLine(results, filtered));
    if (entries.length + events.length + reports.length === 0) {
      this.#results.replaceChildren(...this.#suggestions(results.suggestions));
      return;
    }
    const sections = [
      this.#group("People, places and organisations", "entries", entries, (hit) => this.#entry(hit)),
      this.#group("Chronology events", "events", events, (hit) => this.#event(hit, searcher)),
      this.#reportGroup(results, searcher),
    ];
    // The reader may be moving through the results as more of them load: keep focus on the same link.
    const focused = this.#results.contains(document.activeElement)
      ? document.activeElement?.getAttribute("href")
      : null;
    // One insertion, so the page is laid out once per keystroke.
    this.#results.replaceChildren(...sections.filter((section) => section !== null));
    if (focused) {
      for (const a of this.#results.querySelectorAll<HTMLAnchorElement>("a[data-result]")) {
        if (a.getAttribute("href") === focused) {
          a.focus();
          break;
        }
      }
    }
  }

  /** The status line: the count of results by kind, the query, whether it was cut, the filters. */
  #statusLine(results: SearchResults, filtered: string): (string | Node)[] {
    const { query, entries, events, reports, passageCount, truncated } = results;
    const total = entries.length + events.length + reports.length;
    const count =
      total === 0
        ? "No results for "
        : `${plural(entries.length, "name")}, ${plural(events.length, "event")} and ${plural(reports.length, "report")} (${plural(passageCount, "passage")}) for `;
    // The query as the reader typed it, in quote marks, isolated for right-to-left text.
    const quoted = this.#templates.copy("query");
    quoted.querySelector("bdi")!.textContent = query;
    return [
      count,
      quoted,
      truncated ? ` (the query was cut to its first ${MAX_QUERY_LENGTH} characters)` : "",
      filtered ? `, ${filtered}` : "",
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

  /** A titled group of results with a button under it; null when it has no items. */
  #section(key: string, title: string, items: HTMLElement[], more: string, onMore: () => void): HTMLElement {
    const id = `results-${key}`;
    const section = this.#templates.copy("group");
    section.setAttribute("aria-labelledby", id);
    const heading = section.querySelector("h2")!;
    heading.id = id;
    heading.textContent = title;
    section.querySelector("ol")!.append(...items);
    const button = section.querySelector("button")!;
    if (!more) button.remove();
    else {
      const before = items.length;
      button.textContent = more;
      button.addEventListener("click", () => {
        onMore();
        // Keep the reader's place: focus the first newly shown result.
        this.#results
          .querySelectorAll<HTMLElement>(`#${id} + ol > li`)
          .item(before)
          ?.querySelector("a")
          ?.focus();
      });
    }
    return section;
  }

  /** A group showing its first SHOWN items, with a button that shows them all; null when it has none. */
  #group<T>(
    title: string,
    key: string,
    items: readonly T[],
    render: (item: T) => HTMLElement,
  ): HTMLElement | null {
    if (items.length === 0) return null;
    const whole = this.#expanded.has(key) || items.length <= SHOWN;
    const shown = whole ? items : items.slice(0, SHOWN);
    return this.#section(
      key,
      whole ? title : `${title} (first ${shown.length} of ${items.length})`,
      shown.map(render),
      whole ? "" : `Show all ${items.length} ${title.toLowerCase()}`,
      () => {
        this.#expanded.add(key);
        this.#actions.refresh();
      },
    );
  }

  /** One result per matching report, REPORTS_PAGE at a time. */
  #reportGroup(results: SearchResults, searcher: Searcher): HTMLElement | null {
    const { reports } = results;
    if (reports.length === 0) return null;
    const shown = reports.slice(0, this.#reports);
    const left = reports.length - shown.length;
    return this.#section(
      "reports",
      shown.length < reports.length ? `Reports (first ${shown.length} of ${reports.length})` : "Reports",
      shown.map((hit) => this.#report(hit, results, searcher)),
      left > 0 ? `Show ${Math.min(left, REPORTS_PAGE)} more reports` : "",
      () => {
        this.#reports += REPORTS_PAGE;
        this.#actions.refresh();
      },
    );
  }

  #entry({ entry }: EntryHit): HTMLElement {
    const li = this.#templates.copy("entry");
    link(li, entry.url, entry.name);
    li.querySelector(".label")!.textContent = entry.label;
    const spellings = [...entry.aliases, ...entry.shortNames];
    const meta = li.querySelector(".meta")!;
    if (spellings.length > 0) meta.textContent = `Also: ${spellings.join(", ")}`;
    else meta.remove();
    li.querySelector(".snippet")!.textContent = entry.description;
    return li;
  }

  #event({ event: n }: EventHit, searcher: Searcher): HTMLElement {
    const li = this.#templates.copy("event");
    const event = searcher.event(n);
    if (!event) {
      li.querySelector(".result-title")!.textContent = "Loading the event…";
      return li;
    }
    link(li, event.url, event.headline);
    time(li, event.datetime, event.dateLabel);
    return li;
  }

  /** A report: its title, outlet, date and count of matching passages, and its best passages. */
  #report(hit: RankedReport, results: SearchResults, searcher: Searcher): HTMLElement {
    const li = this.#templates.copy("report");
    const report = searcher.report(hit.report);
    const count = hit.passages.length;
    const meta = li.querySelector(".meta")!;
    if (!report) {
      li.querySelector(".result-title")!.textContent = "Loading the report…";
      meta.textContent = `${plural(count, "matching passage")}`;
      return li;
    }
    link(li, report.url, report.title);
    time(li, report.date, report.dateLabel).before(`${report.outlet ?? OUTLET_NOT_NAMED} · `);
    meta.append(
      ` · ${plural(count, "matching passage")}${count > PASSAGES_SHOWN ? `, the best ${PASSAGES_SHOWN}` : ""}`,
    );
    const passages = hit.passages.slice(0, PASSAGES_SHOWN).map(({ passage }) => {
      const view = results.view(hit.report, passage)!;
      const item = this.#templates.copy("passage");
      link(item, view.href, paragraphWords(view.anchor));
      const { text, highlights, cutStart, cutEnd } = view.snippet;
      const pieces = splitHighlights(text, highlights).map((piece) => {
        if (!piece.mark) return piece.text;
        const mark = this.#templates.copy("mark");
        mark.textContent = piece.text;
        return mark;
      });
      item
        .querySelector(".snippet")!
        .replaceChildren(...(cutStart ? ["… "] : []), ...pieces, ...(cutEnd ? [" …"] : []));
      return item;
    });
    li.querySelector("ol")!.append(...passages);
    return li;
  }
}

/** "1 name", "3 names". */
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
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
