/** The site's navigation: one item per top-level page, the entry kinds read from the registry. */
import { entryKinds, type GazetteerType } from "../entryKinds";
import { paths } from "../urls";

/** Which navigation item a page is. */
export type NavKey = "home" | "chronology" | "claims" | GazetteerType | "search";

/** One navigation item. */
export interface NavItem {
  key: NavKey;
  /** The link text. */
  label: string;
  /** The site path, relative to the base. */
  path: string;
}

/** The navigation items, in the order the header shows them. */
export function siteNav(): NavItem[] {
  return [
    { key: "home", label: "Reports", path: paths.home() },
    { key: "chronology", label: "Chronology", path: paths.chronology() },
    { key: "claims", label: "Claims", path: paths.claims() },
    ...entryKinds().map(({ type, plural }) => ({ key: type, label: plural, path: paths.entries(type) })),
    { key: "search", label: "Search", path: paths.search() },
  ];
}
