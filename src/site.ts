/**
 * Site-wide settings and the base-aware link helper for components. Pure logic lives in
 * src/lib; this module adds what only Astro knows (the configured base path).
 */
import { joinBase, paths } from "@/lib/urls";

/** Name, description and language of the site. */
export const SITE = {
  title: "Panjshir 2021",
  description:
    "Five news reports on the Taliban offensive against the Panjshir Valley and the National Resistance Front, late August to early September 2021: faithful copies, one cited chronology, and search under every spelling.",
  lang: "en",
} as const;

/** A link to `path` (relative to the site root) that respects the deploy base. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * The URL of a site path for structured data: absolute under the public origin when the build
 * knows it (`Astro.site`), else root-relative, never a guessed origin.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(href(path), site).href : href(path);
}

export { paths };
