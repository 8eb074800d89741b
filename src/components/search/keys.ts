/**
 * The search page's keys: "/" or Ctrl/⌘+K focuses the field from anywhere on the page; in the
 * search element, ↓ and ↑ move through the result links (↑ from the first returns to the
 * field), and Escape clears the search. Enter opens a result: the results are plain links.
 */

/** On the page: "/" (outside a text field) or Ctrl/⌘+K focuses and selects the search field. */
export function focusOnShortcut(event: KeyboardEvent, input: HTMLInputElement): void {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
  const slash = event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
  if (slash || commandK) {
    event.preventDefault();
    input.focus();
    input.select();
  }
}

/**
 * In the search element: arrows move between `input` and the result links in `results`;
 * Escape calls `clear`, then returns to the field.
 */
export function moveThroughResults(
  event: KeyboardEvent,
  input: HTMLInputElement,
  results: HTMLElement,
  clear: () => void,
): void {
  const links = [...results.querySelectorAll<HTMLAnchorElement>("a[data-result]")];
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === "Escape") {
    event.preventDefault();
    clear();
    input.focus();
  } else if (event.key === "ArrowDown" && links.length > 0) {
    event.preventDefault();
    links[Math.min(current + 1, links.length - 1)]!.focus();
  } else if (event.key === "ArrowUp" && current >= 0) {
    event.preventDefault();
    if (current === 0) input.focus();
    else links[current - 1]!.focus();
  }
}
