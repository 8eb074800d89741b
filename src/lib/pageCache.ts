/**
 * Page-level incremental builds: which pages a build must render, and which it can take from the
 * last build's output unchanged. Each cached route gives every page a key, the digest of all it
 * shows (its view, built from the corpus); a page whose key and whole-site inputs are those of
 * the last build is taken over from it. The Astro side (moving the last build's files, the
 * manifest) is src/integrations/pageCache.ts; this module is the part that needs no files.
 */
import { createHash } from "node:crypto";

/** What a build remembers of each page it wrote, by path (`/reports/x/`). */
export interface CachedPage {
  /** The digest of everything the page shows. */
  key: string;
  /** The written file's size and modification time: a file changed since is rendered again. */
  size: number;
  mtimeMs: number;
}

/** The manifest kept beside the content store between builds. */
export interface PageCacheManifest {
  version: 1;
  /** The digest of the inputs every page depends on (code, configuration, non-report content). */
  inputs: string;
  pages: Record<string, CachedPage>;
}

export const MANIFEST_VERSION = 1;

/** One page of a cached route, as its `getStaticPaths` lists it, with the key of what it shows. */
export interface KeyedPage<P, Q> {
  params: P;
  props: Q;
  /** Everything the page shows beyond the site-wide inputs: digested by `digestOf`. */
  shows: unknown;
}

/** The state one build shares between the integration and the pages' `getStaticPaths`. */
export interface PageCacheBuild {
  /** The digest of the inputs every page depends on, for the manifest. */
  inputs: string;
  /** The last build's pages whose files are still as written (key, size, time), by path. */
  previous: ReadonlyMap<string, CachedPage>;
  /** Every cached route's pages of this build: key, and whether it is rendered or taken over. */
  pages: Map<string, { key: string; render: boolean }>;
}

const STATE = Symbol.for("panjshir.pageCache");

/** This build's page cache, or undefined outside `astro build` (every page is then rendered). */
export function pageCacheBuild(): PageCacheBuild | undefined {
  return (globalThis as { [STATE]?: PageCacheBuild })[STATE];
}

/** Starts (a build) or ends (undefined) the page cache that `pagesToRender` consults. */
export function setPageCacheBuild(build: PageCacheBuild | undefined): void {
  (globalThis as { [STATE]?: PageCacheBuild })[STATE] = build;
}

/**
 * The path of a route's page: `pattern` is the route's file under src/pages without its
 * extension (`/[folder]/[id]/[...page]`, `/search/[kind]/[n].json`), `params` its
 * `getStaticPaths` parameters. A page's path ends in a slash, as its `index.html` is written
 * (`/people/x/2/`); an endpoint's is its file (`/search/reports/3.json`).
 */
export function routePath(pattern: string, params: Readonly<Record<string, string | undefined>>): string {
  const filled = pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`routePath: "${pattern}" has [${name}] but the params do not`);
    return params[name] ?? "";
  });
  const path = `/${filled.split("/").filter(Boolean).join("/")}`;
  return isFile(path) ? path : `${path}/`.replace(/^\/\/$/, "/");
}

/** Whether a path is an endpoint's file (its last part has an extension) rather than a page. */
const isFile = (path: string) => /\.[a-z0-9]+$/i.test(path);

/** Whether a path is a page (written as its `index.html`), not an endpoint's file. */
export const isPagePath = (path: string): boolean => path.endsWith("/");

/** The file a path is written to under the output folder. */
export const pageFile = (path: string): string =>
  isPagePath(path) ? `${path.slice(1)}index.html` : path.slice(1);

/**
 * The pages of a cached route that this build must render: those whose key differs from the last
 * build's, or that it did not write. Records every page (rendered or not) in `build`, so that the
 * integration can take over the others and remember all keys. Without a build, every page.
 */
export function pagesToRender<P extends Record<string, string | undefined>, Q>(
  pattern: string,
  pages: readonly KeyedPage<P, Q>[],
  build: PageCacheBuild | undefined = pageCacheBuild(),
): { params: P; props: Q }[] {
  if (!build) return pages.map(({ params, props }) => ({ params, props }));
  const render: { params: P; props: Q }[] = [];
  for (const { params, props, shows } of pages) {
    const path = routePath(pattern, params);
    const key = digestOf([pattern, shows]);
    const fresh = build.previous.get(path)?.key !== key;
    build.pages.set(path, { key, render: fresh });
    if (fresh) render.push({ params, props });
  }
  return render;
}

// The corpus's objects that pages share (those with an id: reports, gazetteer entries, events;
// with an anchor: passages, resolved sources), Maps, Sets and long arrays are digested once per
// build and then stand in their parents' digests by that digest: a passage listed on the pages of
// the five entries it names, or the map of every report's title that each entry page holds, is
// written out once, not once per page (100 MB of text for the 3,700 pages of 1,000 reports
// otherwise). This relies on what pages show not changing once built: the corpus and the indexes
// its views share are never changed after they are made.
const digests = new WeakMap<object, string>();
const LONG_ARRAY = 32;
const shared = (value: object) =>
  typeof (value as { id?: unknown }).id === "string" ||
  typeof (value as { anchor?: unknown }).anchor === "string" ||
  value instanceof Map ||
  value instanceof Set ||
  (Array.isArray(value) && value.length >= LONG_ARRAY);

/**
 * Declares the digest of an object whose whole content follows from `digest` and the inputs every
 * page depends on (the code and the gazetteer; `inputs` of the manifest): `digestOf` then uses it
 * instead of walking the object. A report's passage is such an object, made from its report's
 * text alone (src/lib/corpus/reports.ts): declared by that text's digest and its anchor, the
 * passages of a 1,000-report corpus are not written out and hashed for the keys of every build
 * (0.2 s of a rebuild's 0.4 s of entry-page keys).
 */
export function digestAs(value: object, digest: string): void {
  digests.set(value, digest);
}

/**
 * A digest of `value`'s content: equal for equal content, different for any difference in a
 * string, number, array element or property (in order). Maps, Sets and Dates are digested by
 * their content; a function, a symbol or a cycle is an error, since a key could not hold it.
 */
export function digestOf(value: unknown): string {
  const text: string[] = [];
  write(text, value, new Set());
  return hashOf(text);
}

// The value is written out as text and hashed once per digest, not updated property by property
// (each update crosses into the hash's native code).
const hashOf = (text: string[]) => createHash("sha256").update(text.join("")).digest("base64url");

function write(text: string[], value: unknown, open: Set<object>): void {
  if (value === null || value === undefined || typeof value === "boolean" || typeof value === "number") {
    text.push(`${String(value)};`);
  } else if (typeof value === "string") {
    text.push(`s${value.length}:`, value);
  } else if (typeof value === "bigint") {
    text.push(`b${value};`);
  } else if (typeof value === "object") {
    writeObject(text, value, open);
  } else {
    throw new TypeError(`digestOf: a page key cannot hold a ${typeof value}`);
  }
}

function writeObject(text: string[], value: object, open: Set<object>): void {
  const known = digests.get(value);
  if (known) {
    text.push(`#${known};`);
    return;
  }
  if (open.has(value)) throw new TypeError("digestOf: a page key cannot hold a cycle");
  const memo = shared(value);
  const into = memo ? [] : text;
  open.add(value);
  if (Array.isArray(value)) {
    into.push(`[${value.length}`);
    for (const item of value) write(into, item, open);
  } else if (value instanceof Map) {
    into.push(`M${value.size}`);
    for (const [k, v] of value) {
      write(into, k, open);
      write(into, v, open);
    }
  } else if (value instanceof Set) {
    into.push(`S${value.size}`);
    for (const item of value) write(into, item, open);
  } else if (value instanceof Date) {
    into.push(`D${value.getTime()};`);
  } else {
    into.push("{");
    for (const [k, v] of Object.entries(value)) {
      write(into, k, open);
      write(into, v, open);
    }
    into.push("}");
  }
  open.delete(value);
  if (memo) {
    const digest = hashOf(into);
    digests.set(value, digest);
    text.push(`#${digest};`);
  }
}
