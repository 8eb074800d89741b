/**
 * The one URL builder. Every internal link goes through `joinBase`, so the site works at a
 * domain's root and under a sub-path (`/panjshir-2021/`) alike.
 */

/**
 * Joins the deploy base and a site path: `joinBase("/panjshir-2021/", "reports/x/")` →
 * `/panjshir-2021/reports/x/`. Keeps a `?query` or `#hash` on the path.
 */
export function joinBase(base: string, path: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, "")}`.replace(/^\/$/, "");
  const rest = path.replace(/^\/+/, "");
  return `${prefix}/${rest}`;
}

/** Site paths of every kind of page, relative to the base. */
export const paths = {
  home: () => "",
  report: (id: string, anchor?: string) => `reports/${id}/${anchor ? `#${anchor}` : ""}`,
  chronology: (anchor?: string) => `chronology/${anchor ? `#${anchor}` : ""}`,
  search: (query?: string) => `search/${query ? `?q=${encodeURIComponent(query)}` : ""}`,
};
