/**
 * The reports collection's loader: one entry per `*.md` file of a folder, id from the file name,
 * holding the checked frontmatter and nothing else. Astro's `glob()` loader would also keep each
 * report's Markdown and its rendered HTML in the content store, which Astro loads whole into
 * every build and bundles into the server build: at 10,000 reports that is 150 MB of JSON and
 * more memory than a build machine has (docs/BENCHMARKS.md, "The build at scale"). Here the
 * store keeps the frontmatter; the corpus and the report pages read the text from the file
 * (`src/content/reportText.ts`), and the report page renders it (`src/lib/reportHtml.ts`).
 *
 * As with `glob()`, an unchanged file (same digest) is not parsed again, a deleted file's entry
 * goes, and under `astro dev` an edited, added or deleted file updates the collection.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { splitFrontmatter } from "@/lib/frontmatter";
import { ID_PATTERN } from "@/schemas/fields";

const EXTENSION = ".md";

/** The loader for the report files in `folder` (relative to the project root). */
export function reportFiles(folder: string): Loader {
  return {
    name: "report-files",
    load: async (context) => {
      const dir = new URL(folder.endsWith("/") ? folder : `${folder}/`, context.config.root);
      const root = fileURLToPath(context.config.root);
      const sync = (path: string) => syncFile(context, path, relative(root, path));
      const untouched = new Set(context.store.keys());
      const files = (await readdir(dir)).filter((name) => name.endsWith(EXTENSION)).sort();
      for (const name of files) {
        const path = fileURLToPath(new URL(name, dir));
        untouched.delete(idOf(path));
        await sync(path);
      }
      untouched.forEach((id) => context.store.delete(id));
      watch(context, fileURLToPath(dir), sync);
    },
  };
}

const idOf = (path: string) => basename(path, EXTENSION);

async function syncFile(context: LoaderContext, path: string, filePath: string): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const text = await readFile(path, "utf8");
  const id = idOf(path);
  if (!ID_PATTERN.test(id)) {
    throw new Error(
      `${filePath}: a report's file name is its id and its address (reports/${id}/). ` +
        'Rename the file in lowercase letters, digits and hyphens, e.g. "taliban-raise-flag.md".',
    );
  }
  const digest = generateDigest(text);
  if (store.get(id)?.digest === digest) return;
  const { data } = splitFrontmatter(text, filePath);
  store.set({ id, data: await parseData({ id, data, filePath: path }), filePath, digest });
}

/** Under `astro dev`: keeps the collection in step with the folder. */
function watch(context: LoaderContext, dir: string, sync: (path: string) => Promise<void>): void {
  const { watcher, store, logger } = context;
  if (!watcher) return;
  watcher.add(dir);
  const inFolder = (path: string) => `${dirname(path)}/` === dir && path.endsWith(EXTENSION);
  const update = async (path: string) => {
    if (!inFolder(path)) return;
    // A broken file while editing is said, not fatal: the server keeps running until it is fixed.
    await sync(path).then(
      () => logger.info(`Reloaded ${relative(dir, path)}`),
      (error: Error) => logger.error(error.message),
    );
  };
  watcher.on("change", update);
  watcher.on("add", update);
  watcher.on("unlink", (path) => {
    if (inFolder(path)) store.delete(idOf(path));
  });
}
