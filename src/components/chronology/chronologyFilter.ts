/**
 * <panjshir-chronology-filter>: narrows the chronology to the events of one person, place,
 * report or party. Its form is hidden until this script runs (without JavaScript the entity
 * pages list each one's events instead). The choice stays in the address (`?person=…&place=…`),
 * and the count of events shown is announced through the element's role="status" line.
 */
const FIELDS = ["person", "place", "report", "party"] as const;
/** The event attribute each field is matched against (space-separated ids). */
const ATTRIBUTES = { person: "involves", place: "involves", report: "reports", party: "parties" } as const;

class ChronologyFilter extends HTMLElement {
  #listening: AbortController | undefined;

  connectedCallback(): void {
    const form = this.querySelector("form")!;
    const params = new URLSearchParams(location.search);
    for (const field of FIELDS) {
      const select = form.elements.namedItem(field) as HTMLSelectElement;
      const wanted = params.get(field);
      if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }
    form.hidden = false;
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    form.addEventListener("change", () => this.#apply(form, true), { signal });
    form.addEventListener(
      "reset",
      (event) => {
        // Cleared here rather than by the browser, so the filter sees the cleared values.
        event.preventDefault();
        for (const field of FIELDS) (form.elements.namedItem(field) as HTMLSelectElement).value = "";
        this.#apply(form, true);
      },
      { signal },
    );
    // Submitting would reload the page; the filter already applies on every change.
    form.addEventListener("submit", (event) => event.preventDefault(), { signal });
    if (FIELDS.some((field) => params.get(field))) this.#apply(form, false);
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
  }

  #apply(form: HTMLFormElement, remember: boolean): void {
    const chosen = FIELDS.map(
      (field) => [field, (form.elements.namedItem(field) as HTMLSelectElement).value] as const,
    ).filter(([, value]) => value !== "");
    const events = [...document.querySelectorAll<HTMLElement>("[data-chronology] li.event")];
    let shown = 0;
    for (const event of events) {
      const match = chosen.every(([field, value]) =>
        (event.dataset[ATTRIBUTES[field]] ?? "").split(" ").includes(value),
      );
      event.hidden = !match;
      if (match) shown++;
    }
    const filtering = chosen.length > 0;
    for (const line of document.querySelectorAll<HTMLElement>("[data-chronology] li.publication"))
      line.hidden = filtering;
    // A day, or an era, with nothing left to show goes too; a folded era with matches opens.
    for (const group of document.querySelectorAll<HTMLElement>("[data-chronology] [data-group]")) {
      const any = group.querySelector("li.event:not([hidden])") !== null;
      group.hidden = !any;
      const fold = group.querySelector<HTMLDetailsElement>(":scope > details");
      if (fold && filtering && any) fold.open = true;
    }
    this.querySelector("[role=status]")!.textContent = filtering
      ? `Showing ${shown} of ${events.length} events.`
      : `Showing all ${events.length} events.`;
    if (remember) {
      const url = new URL(location.href);
      for (const field of FIELDS) url.searchParams.delete(field);
      for (const [field, value] of chosen) url.searchParams.set(field, value);
      history.replaceState(null, "", url);
    }
  }
}

customElements.define("panjshir-chronology-filter", ChronologyFilter);
