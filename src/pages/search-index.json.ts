/** The search index, written at build time as a static JSON file (see src/lib/searchIndex.ts). */
import type { APIRoute } from "astro";
import { getCorpus } from "@/content/corpus";
import { buildSearchIndex } from "@/lib/searchIndex";
import { href, paths } from "@/site";

export const GET: APIRoute = async () => {
  const index = buildSearchIndex(await getCorpus(), {
    report: (id) => href(paths.report(id)),
    entry: (type, id) => href(paths.entry(type, id)),
    event: (id) => href(paths.chronology(id)),
  });
  return new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } });
};
