/**
 * The search page's filters (Search.astro): by kind of result, outlet and day range. Read from
 * and written to the form's fields; described in words for the status line, so a screen reader
 * hears which filters narrow the results.
 */
import { RESULT_KINDS, type ResultKind, type SearchFilters } from "@/lib/search";

/** The filters in the form; all kinds checked (or none) means every kind. */
export function readFilters(form: HTMLFormElement): SearchFilters {
  const field = (name: string) =>
    (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  const kinds = [...form.querySelectorAll<HTMLInputElement>("input[name=kind]:checked")].map(
    (box) => box.value as ResultKind,
  );
  return {
    outlet: field("outlet"),
    from: field("from"),
    to: field("to"),
    kinds: kinds.length === RESULT_KINDS.length ? [] : kinds,
  };
}

/** Sets the form's fields to `filters`; opens the filters when any is in use. */
export function writeFilters(form: HTMLFormElement, filters: SearchFilters): void {
  for (const name of ["outlet", "from", "to"] as const) {
    (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value = filters[name] ?? "";
  }
  for (const box of form.querySelectorAll<HTMLInputElement>("input[name=kind]")) {
    box.checked = !filters.kinds?.length || filters.kinds.includes(box.value as ResultKind);
  }
  if (describeFilters(filters)) form.querySelector("details")!.open = true;
}

/** The filters in use, in words ("only reports, from Al Jazeera, dated on or after 2021-09-01"), or "". */
export function describeFilters({ outlet, from, to, kinds }: SearchFilters): string {
  // Days as the date fields give them (YYYY-MM-DD): date-fns, which formatDay uses, would more
  // than double the search's JavaScript.
  const valid = (day: string | undefined) => (day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : "");
  return [
    kinds?.length ? `only ${kinds.join(" and ")}` : "",
    outlet ? `from ${outlet}` : "",
    valid(from) ? `dated on or after ${valid(from)}` : "",
    valid(to) ? `dated on or before ${valid(to)}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}
