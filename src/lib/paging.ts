/**
 * Long lists split into static pages: the first page at the list's own path (`people/x/`), the
 * others under it (`people/x/2/`), each linked to its neighbours (rel=prev/next and a visible
 * pager), so that every page is reachable without JavaScript and none grows with the corpus.
 */

/**
 * Splits `items` into pages of at most `budget` in weight, keeping their order; the first page
 * may have a budget of its own (`firstBudget`, for a page that carries more besides). An item
 * heavier than the budget has a page of its own. No items make one empty page: a list always
 * has page 1.
 */
export function pageByWeight<T>(
  items: readonly T[],
  budget: number,
  weight: (item: T) => number,
  firstBudget = budget,
): T[][] {
  if (!(budget > 0 && firstBudget > 0))
    throw new RangeError(`pageByWeight: the budget must be positive, not ${Math.min(budget, firstBudget)}`);
  const pages: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = weight(item);
    if (used > 0 && used + w > (pages.length === 1 ? firstBudget : budget)) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(item);
    used += w;
  }
  return pages;
}

/**
 * Groups `items` by a key (a month, say), keeping the order in which keys first appear, and
 * pages each group by `budget` (every item weighs 1).
 */
export function pagedGroups<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  budget: number,
): Map<string, T[][]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(item);
  }
  return new Map([...groups].map(([key, group]) => [key, chunk(group, budget)]));
}

/** Splits `items` into runs of at most `size`, in order (the last may be shorter). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  return pageByWeight(items, size, () => 1);
}

/**
 * The site path of page `n` (from 1) of a list whose first page is at `first`, a folder path
 * ending in "/": page 1 is `first` itself, page 3 is `${first}3/`.
 */
export function pagePath(first: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`pagePath: no page ${n}`);
  return n === 1 ? first : `${first}${n}/`;
}

/**
 * The route parameter of page `n` for an Astro rest parameter (`[...page]`): undefined for the
 * first page, so that it is built at the list's own path.
 */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : String(n);
}

/** A link in the pager: a page number, or a gap between numbers. */
export type PagerLink = { number: number; path: string; current: boolean } | { gap: true };

/** Where a page stands among its list's pages, and the links that lead on. */
export interface Pager {
  /** This page's number, from 1. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** The site path of the page before, if any. */
  previous?: string;
  /** The site path of the page after, if any. */
  next?: string;
  /**
   * The numbered links a reader sees: the first and last pages and the two on either side of
   * this one, with gaps between (never every page of a long list).
   */
  links: PagerLink[];
}

/** The pager of page `number` of `count` pages, the first at `first`. */
export function pager(first: string, number: number, count: number): Pager {
  if (number < 1 || number > count) throw new RangeError(`pager: page ${number} of ${count}`);
  const shown = [...new Set([1, number - 2, number - 1, number, number + 1, number + 2, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  const links: PagerLink[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n > shown[i - 1]! + 1) links.push({ gap: true });
    links.push({ number: n, path: pagePath(first, n), current: n === number });
  });
  return {
    number,
    count,
    ...(number > 1 ? { previous: pagePath(first, number - 1) } : {}),
    ...(number < count ? { next: pagePath(first, number + 1) } : {}),
    links,
  };
}
