/**
 * The query and the filters, in the search form and in the page's address: the form's fields
 * are the address's parameters (`?q=…&kind=…&outlet=…&from=…&to=…`), as the form sends them
 * without JavaScript, so a search can be reloaded, bookmarked and shared. The filters are said
 * in words for the status line, which screen readers announce.
 */
import { RESULT_KINDS, type ResultKind, type SearchFilters } from "@/lib/search";

/** The form's fields as address parameters, empty ones and "every kind" left out. */
function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (value) params.append(name, String(value));
  if (params.getAll("kind").length === RESULT_KINDS.length) params.delete("kind");
  return params;
}

/** Fills the form from the address the page was opened with. */
export function formFromUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[name]")) {
    if (field instanceof HTMLInputElement && field.type === "checkbox") {
      field.checked = !params.has("kind") || params.getAll("kind").includes(field.value);
    } else if (params.has(field.name)) field.value = params.get(field.name)!;
  }
  if (["kind", "outlet", "from", "to"].some((name) => params.has(name)))
    form.querySelector("details")!.open = true;
}

/** Until the address is next written: set while the reader types. */
let writing: ReturnType<typeof setTimeout> | undefined;
/** The address is written once typing pauses for this long, not on every keystroke. */
const ADDRESS_PAUSE_MS = 200;

/** The query and filters in the form; puts them in the address (no history entry) once typing pauses. */
export function readForm(form: HTMLFormElement): { query: string; filters: SearchFilters } {
  const params = formParams(form);
  clearTimeout(writing);
  writing = setTimeout(() => {
    const url = new URL(location.href);
    url.search = params.toString();
    history.replaceState(history.state, "", url);
  }, ADDRESS_PAUSE_MS);
  return {
    query: (form.elements.namedItem("q") as HTMLInputElement).value,
    filters: {
      outlet: params.get("outlet") ?? "",
      from: params.get("from") ?? "",
      to: params.get("to") ?? "",
      kinds: params.getAll("kind") as ResultKind[],
    },
  };
}

/** The filters in use, in words ("only reports, from Al Jazeera, dated on or after 2021-09-01"), or "". */
export function describeFilters({ outlet, from, to, kinds }: SearchFilters): string {
  // Days as the date fields give them (YYYY-MM-DD): date-fns, which formatDay uses, would more
  // than double the search's JavaScript.
  return [
    kinds?.length ? `only ${kinds.join(" and ")}` : "",
    outlet ? `from ${outlet}` : "",
    from ? `dated on or after ${from}` : "",
    to ? `dated on or before ${to}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}
