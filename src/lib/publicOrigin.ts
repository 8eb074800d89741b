/**
 * Where the built site will be served from. The public origin goes into canonical links, Open
 * Graph URLs, the sitemap, the feed and robots.txt; a wrong one (a developer's localhost) would
 * point every search engine and link preview at the wrong place, so an unknown origin stays
 * unknown and those absolute URLs are left out rather than guessed.
 */

/** The build environment variables that name the public origin, most explicit first. */
export const ORIGIN_VARIABLES = [
  /** Ours: set it on any host, and in the GitHub Pages workflow (from actions/configure-pages). */
  { name: "SITE_URL", host: "any host" },
  /** Netlify: the site's main address (production, or its custom domain). */
  { name: "URL", host: "Netlify" },
  /** Cloudflare Pages: the address of this deployment. */
  { name: "CF_PAGES_URL", host: "Cloudflare Pages" },
  /** Vercel: the production domain, without a scheme. */
  { name: "VERCEL_PROJECT_PRODUCTION_URL", host: "Vercel" },
] as const;

/** A public origin and the variable it came from. */
export interface PublicOrigin {
  /** `https://example.org`: scheme and host, no path. */
  origin: string;
  /** The environment variable that gave it. */
  from: (typeof ORIGIN_VARIABLES)[number]["name"];
}

/**
 * The public origin named by the build environment, or undefined when none names one. A value
 * without a scheme gets `https://`; a loopback address is never a public origin and is
 * rejected with an error that says which variable holds it.
 */
export function publicOrigin(env: Record<string, string | undefined>): PublicOrigin | undefined {
  for (const { name } of ORIGIN_VARIABLES) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    } catch {
      throw new Error(`${name}="${raw}" is not a URL: give the public origin, e.g. https://example.org`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new Error(
        `${name}="${raw}" is not a web address: give an http(s) origin, e.g. https://example.org`,
      );
    }
    if (isLoopback(url.hostname)) {
      throw new Error(
        `${name}="${raw}" is this machine, not a public origin: unset it, or give the address readers will use.`,
      );
    }
    return { origin: url.origin, from: name };
  }
  return undefined;
}

/**
 * `env` as a host that names no public origin and serves at the root would give it: what the
 * tests build `dist/` and the fixtures with, whatever the machine running them has set.
 */
export function withoutPublicOrigin(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  for (const { name } of ORIGIN_VARIABLES) delete rest[name];
  delete rest.BASE_PATH;
  return rest;
}

function isLoopback(hostname: string): boolean {
  return /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i.test(hostname);
}

/** What the build says when no variable names the origin. */
export const NO_ORIGIN_WARNING = `No public origin is known: set SITE_URL (e.g. SITE_URL=https://example.org) or build on a host that names one (${ORIGIN_VARIABLES.slice(
  1,
)
  .map((v) => `${v.host} ${v.name}`)
  .join(
    ", ",
  )}). Building without absolute URLs: no canonical links, Open Graph URLs, sitemap, feed or sitemap line in robots.txt.`;
