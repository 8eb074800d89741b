/**
 * <panjshir-chronology-filter>: narrows the chronology to the events of one person, place,
 * report or party. Its form is hidden until this script runs (without JavaScript the entity
 * pages list each one's events instead). Each select names the event attribute it matches
 * (`data-attribute`, see FILTER_FIELDS in src/lib/views/chronology.ts); the choice stays in the
 * address (`?person=…&place=…`), and the count of events shown is announced through the
 * element's role="status" line.
 */
class ChronologyFilter extends HTMLElement {
  #listening: AbortController | undefined;

  connectedCallback(): void {
    const form = this.querySelector("form")!;
    const params = new URLSearchParams(location.search);
    for (const select of this.#selects()) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }
    form.hidden = false;
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    form.addEventListener("change", () => this.#apply(true), { signal });
    form.addEventListener(
      "reset",
      (event) => {
        // Cleared here rather than by the browser, so the filter sees the cleared values.
        event.preventDefault();
        for (const select of this.#selects()) select.value = "";
        this.#apply(true);
      },
      { signal },
    );
    // Submitting would reload the page; the filter already applies on every change.
    form.addEventListener("submit", (event) => event.preventDefault(), { signal });
    if (this.#selects().some((select) => params.get(select.name))) this.#apply(false);
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
  }

  #selects(): HTMLSelectElement[] {
    return [...this.querySelectorAll<HTMLSelectElement>("select[data-attribute]")];
  }

  #apply(remember: boolean): void {
    const chosen = this.#selects().filter((select) => select.value !== "");
    const events = [...document.querySelectorAll<HTMLElement>("[data-chronology] li.event")];
    let shown = 0;
    for (const event of events) {
      const match = chosen.every((select) =>
        (event.dataset[select.dataset.attribute!] ?? "").split(" ").includes(select.value),
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
      for (const select of this.#selects()) url.searchParams.delete(select.name);
      for (const select of chosen) url.searchParams.set(select.name, select.value);
      history.replaceState(null, "", url);
    }
  }
}

customElements.define("panjshir-chronology-filter", ChronologyFilter);
