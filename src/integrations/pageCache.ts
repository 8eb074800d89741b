/**
 * Incremental builds, page by page (the logic is src/lib/pageCache.ts). At the start of a build
 * the last build's output is set aside; each cached route's `getStaticPaths` lists only the pages
 * whose key changed; at the end the other pages are moved back from the last build's output and
 * every page's key is written to a manifest beside Astro's content store. Any change but a
 * report's (code, configuration, the gazetteer and other content, the public origin) renders every
 * page, as does a missing or edited output file. Deleting the content store's folder
 * (node_modules/.astro by default) makes the next build render every page.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroConfig, AstroIntegration } from "astro";
import {
  isPagePath,
  MANIFEST_VERSION,
  pageCacheBuild,
  pageFile,
  setPageCacheBuild,
  type CachedPage,
  type PageCacheBuild,
  type PageCacheManifest,
} from "../lib/pageCache.ts";

/** What the pages' keys follow file by file: a change to any other project file renders every page. */
export interface PageCacheOptions {
  /** Folders (from the project root) whose files each page's key covers: the reports. */
  keyedFolders: string[];
  /**
   * Integrations whose `astro:build:done` lists the built pages (the sitemap): they are given
   * the pages (not endpoints, which Astro does not list) taken over from the last build as well
   * as those rendered.
   */
  listing: AstroIntegration[];
}

// Everything else a page can depend on, besides the installed packages (their lockfile is here).
const INPUTS = [
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "patches",
  "src",
  "content",
];

interface Files {
  /** The manifest of the last build's pages. */
  manifest: string;
  /** Where the last build's output is set aside while Astro writes the new one. */
  previous: string;
  /** The output folder. */
  out: string;
}

/** The page cache's integration, then the listing integrations it feeds; both go in `integrations`. */
export function pageCache({ keyedFolders, listing }: PageCacheOptions): AstroIntegration[] {
  let config: AstroConfig | undefined;
  let reused: string[] = [];
  const files = (): Files => {
    const cacheDir = fileURLToPath(config!.cacheDir);
    return {
      manifest: join(cacheDir, "page-cache.json"),
      previous: join(cacheDir, "page-cache-previous"),
      out: fileURLToPath(config!.outDir),
    };
  };
  const cache: AstroIntegration = {
    name: "panjshir-page-cache",
    hooks: {
      "astro:config:done": ({ config: done }) => void (config = done),
      "astro:build:start": ({ logger }) => {
        const { inputs, written, reason } = startBuild(files(), inputsDigest(config!, keyedFolders));
        logger.info(
          reason
            ? `Rendering every page: ${reason}.`
            : `${written.size} pages and files of the last build can be kept.`,
        );
        setPageCacheBuild({ inputs, previous: written, pages: new Map() });
      },
      "astro:build:done": ({ logger }) => {
        const build = pageCacheBuild();
        setPageCacheBuild(undefined);
        if (!build) return;
        reused = finishBuild(files(), build);
        const taken = [...build.pages.values()].filter((page) => !page.render).length;
        logger.info(
          `${taken} pages and files kept from the last build, ${build.pages.size - taken} rendered.`,
        );
      },
    },
  };
  const listed = listing.map((integration) => {
    const done = integration.hooks["astro:build:done"];
    if (!done) return integration;
    const hooks: AstroIntegration["hooks"] = {
      ...integration.hooks,
      "astro:build:done": (params) =>
        done({ ...params, pages: [...params.pages, ...reused.map((pathname) => ({ pathname }))] }),
    };
    return { ...integration, hooks };
  });
  return [cache, ...listed];
}

/** Sets the last build's output aside; its pages still as written, or why none can be kept. */
function startBuild(
  { manifest, previous, out }: Files,
  inputs: string,
): { inputs: string; written: Map<string, CachedPage>; reason?: string } {
  const last = readManifest(manifest);
  rmSync(previous, { recursive: true, force: true });
  const reason =
    last?.inputs !== inputs
      ? "the site's code, configuration or shared content changed"
      : setAside(out, previous);
  return reason ? { inputs, written: new Map(), reason } : { inputs, written: stillWritten(last!, previous) };
}

/**
 * Moves the kept pages back into the output, checks that every page to render was written,
 * records every page's key for the next build and drops the rest of the last build's output.
 * Returns the kept pages' paths as Astro lists pages (`people/x/`), for the listing integrations.
 */
function finishBuild({ manifest, previous, out }: Files, build: PageCacheBuild): string[] {
  const pages: Record<string, CachedPage> = {};
  const reused: string[] = [];
  const keep = new Set<string>();
  for (const [path, page] of build.pages) {
    const file = pageFile(path);
    if (page.render) {
      if (!existsSync(join(out, file))) {
        throw new Error(
          `Page cache: ${path} was to be rendered, but Astro wrote no ${file}. The route pattern given to pagesToRender() must be the route's file under src/pages, without its extension.`,
        );
      }
      const { size, mtimeMs } = statSync(join(out, file));
      pages[path] = { key: page.key, size, mtimeMs };
    } else {
      // A move keeps the file's size and time, which the last manifest holds.
      pages[path] = { ...build.previous.get(path)!, key: page.key };
      keep.add(file);
      if (isPagePath(path)) reused.push(path.slice(1));
    }
  }
  moveBack(previous, out, keep);
  const record: PageCacheManifest = { version: MANIFEST_VERSION, inputs: build.inputs, pages };
  writeFileSync(manifest, JSON.stringify(record));
  rmSync(previous, { recursive: true, force: true });
  return reused;
}

/** A folder of the last build's output: its files and folders, and whether all or any are kept. */
interface Folder {
  files: string[];
  folders: string[];
  all: boolean;
  any: boolean;
}

/**
 * Moves the files to keep (paths under the output folder) from the last build's output back
 * into the new one: a whole folder at once where it holds nothing else and the new build wrote
 * nothing there (a report's or an entry's pages), one file at a time elsewhere. Folders and
 * files moved one by one are each a system call: 6,400 pages kept at 1,000 reports, and as many
 * empty folders to delete afterwards, were most of a second of a rebuild.
 */
export function moveBack(previous: string, out: string, keep: ReadonlySet<string>): void {
  if (keep.size === 0) return;
  const tree = new Map<string, Folder>();
  let found = 0;
  const scan = (dir: string): Folder => {
    const folder: Folder = { files: [], folders: [], all: true, any: false };
    for (const entry of readdirSync(join(previous, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      const kept = entry.isDirectory() ? scan(path) : { all: keep.has(path), any: keep.has(path) };
      (entry.isDirectory() ? folder.folders : folder.files).push(path);
      if (!entry.isDirectory() && kept.any) found++;
      folder.all &&= kept.all;
      folder.any ||= kept.any;
    }
    folder.all &&= folder.any;
    tree.set(dir, folder);
    return folder;
  };
  scan("");
  if (found !== keep.size) {
    const missing = [...keep].find((file) => !existsSync(join(previous, file)));
    throw new Error(`Page cache: ${missing} of the last build is gone; delete ${out} to build in full.`);
  }
  const place = (dir: string): void => {
    const { files, folders } = tree.get(dir)!;
    for (const file of files) if (keep.has(file)) renameSync(join(previous, file), join(out, file));
    for (const sub of folders) {
      const { all, any } = tree.get(sub)!;
      if (all && !existsSync(join(out, sub))) {
        renameSync(join(previous, sub), join(out, sub));
      } else if (any) {
        mkdirSync(join(out, sub), { recursive: true });
        place(sub);
      }
    }
  };
  place("");
}

/**
 * Moves the last build's output aside, all but a `.git` folder, which Astro means to leave in
 * the output folder (a deployment repository; Astro 5.18 removes it all the same); a reason to
 * render every page when it cannot.
 */
function setAside(out: string, previous: string): string | undefined {
  if (!existsSync(out)) return "there is no last build's output";
  try {
    mkdirSync(previous, { recursive: true });
    for (const name of readdirSync(out))
      if (name !== ".git") renameSync(join(out, name), join(previous, name));
    return undefined;
  } catch (error) {
    return `the last build's output could not be moved (${(error as Error).message})`;
  }
}

/** The manifest's pages whose files are still as the last build wrote them. */
function stillWritten(manifest: PageCacheManifest, previous: string): Map<string, CachedPage> {
  const written = new Map<string, CachedPage>();
  for (const [path, page] of Object.entries(manifest.pages)) {
    try {
      const { size, mtimeMs } = statSync(join(previous, pageFile(path)));
      if (size === page.size && mtimeMs === page.mtimeMs) written.set(path, page);
    } catch {
      // No such file any more: the page is rendered.
    }
  }
  return written;
}

function readManifest(file: string): PageCacheManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as PageCacheManifest;
    return manifest.version === MANIFEST_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The digest of every input all pages depend on: project files outside the keyed folders, and the configuration. */
function inputsDigest(config: AstroConfig, keyedFolders: readonly string[]): string {
  const root = fileURLToPath(config.root);
  const hash = createHash("sha256");
  const { site, base, trailingSlash, build } = config;
  hash.update(
    JSON.stringify({ root, site, base, trailingSlash, format: build.format, node: process.version }),
  );
  const skip = new Set(keyedFolders.map((folder) => join(root, folder)));
  const walk = (path: string): void => {
    if (skip.has(path) || !existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else {
      hash
        .update(`${relative(root, path)}\0`)
        .update(readFileSync(path))
        .update("\0");
    }
  };
  for (const input of INPUTS) walk(join(root, input));
  return hash.digest("base64url");
}
