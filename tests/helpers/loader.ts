/** A content loader run outside Astro: a store, a meta store, a logger and a watcher of its own. */
import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";

/**
 * A loader context over the project folder `root`: what the loader stores (`entries`), which
 * ids it had checked (`parsed`), what it logged, and a watcher to emit file events on. `load`
 * runs a loader, under `astro dev` (with the watcher) when `watch` is true.
 */
export function loaderContext(root: string) {
  const entries = new Map<string, Record<string, unknown>>();
  const notes = new Map<string, string>();
  const parsed: string[] = [];
  const logged: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: Record<string, unknown>) => entries.set(entry.id as string, entry),
      delete: (id: string) => entries.delete(id),
    },
    meta: {
      get: (key: string) => notes.get(key),
      set: (key: string, value: string) => notes.set(key, value),
      has: (key: string) => notes.has(key),
      delete: (key: string) => notes.delete(key),
    },
    parseData: ({ id, data }: { id: string; data: unknown }) => {
      parsed.push(id);
      return Promise.resolve(data);
    },
    // As Astro's: a string as it is, anything else as JSON.
    generateDigest: (data: unknown) =>
      createHash("sha1")
        .update(typeof data === "string" ? data : JSON.stringify(data))
        .digest("hex"),
    logger: {
      info: (message: string) => logged.push(message),
      error: (message: string) => logged.push(message),
    },
  };
  const load = (loader: { load: (context: LoaderContext) => Promise<void> }, watch = false) =>
    loader.load({ ...context, watcher: watch ? watcher : undefined } as unknown as LoaderContext);
  return { entries, parsed, logged, watcher, load };
}
