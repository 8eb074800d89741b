/**
 * Puts search results on the page: the count in the status line, then the names, the events and
 * one result per matching report with its best passages beneath, each group a page at a time
 * (PAGES) with a button for more. The markup is copied from Search.astro's templates; everything
 * from the index or the query goes in as text (textContent and text nodes), never as HTML.
 */
import { splitHighlights } from "@/lib/highlights";
import { OUTLET_NOT_NAMED, paragraphWords } from "@/lib/labels";
import {
  MAX_QUERY_LENGTH,
  REPORTS_SHOWN,
  type EntryHit,
  type EventHit,
  type Searcher,
  type SearchResults,
} from "@/lib/search";
import type { RankedReport } from "@/lib/searchRank";
import { Templates } from "./templates";

/** Results of each group shown at first, and added by each press of its "Show more" button. */
const PAGES = { names: 10, events: 10, reports: REPORTS_SHOWN };
type GroupKey = keyof typeof PAGES;
/** Passages shown under each report: its best ones. */
const PASSAGES_SHOWN = 2;

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
  /** How many results of each group are on show, for the current query. */
  #shown = { ...PAGES };

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
    this.#shown = { ...PAGES };
  }

  /** How many reports and events are on show (their files must be loaded). */
  get shown(): { reports: number; events: number } {
    return { reports: this.#shown.reports, events: this.#shown.events };
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
      this.#group("names", "People, places and organisations", entries, (hit) => this.#entry(hit)),
      this.#group("events", "Chronology events", events, (hit) => this.#event(hit, searcher)),
      this.#group("reports", "Reports", reports, (hit) => this.#report(hit, results, searcher)),
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

  /**
   * A group of results showing a page of them (PAGES), with a button that shows a page more and
   * keeps the reader's place by focusing the first newly shown result; null when it has none.
   */
  #group<T>(
    key: GroupKey,
    title: string,
    items: readonly T[],
    render: (item: T) => HTMLElement,
  ): HTMLElement | null {
    if (items.length === 0) return null;
    const shown = items.slice(0, this.#shown[key]);
    const left = items.length - shown.length;
    const id = `results-${key}`;
    const section = this.#templates.copy("group");
    section.setAttribute("aria-labelledby", id);
    const heading = section.querySelector("h2")!;
    heading.id = id;
    heading.textContent = left > 0 ? `${title} (first ${shown.length} of ${items.length})` : title;
    section.querySelector("ol")!.append(...shown.map(render));
    const button = section.querySelector("button")!;
    if (left === 0) button.remove();
    else {
      button.textContent = `Show ${Math.min(left, PAGES[key])} more ${key}`;
      button.addEventListener("click", () => {
        this.#shown[key] += PAGES[key];
        this.#actions.refresh();
        this.#results.querySelectorAll(`#${id} + ol > li`).item(shown.length)?.querySelector("a")?.focus();
      });
    }
    return section;
  }

  #entry({ entry, url, label }: EntryHit): HTMLElement {
    const li = this.#templates.copy("entry");
    link(li, url, entry.name);
    li.querySelector(".label")!.textContent = label;
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
