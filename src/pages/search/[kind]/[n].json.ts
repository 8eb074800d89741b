/**
 * The search index's other files (src/lib/searchIndex.ts): `postings/N.json` (a run of
 * vocabulary terms' postings), `reports/N.json` (one report with its passage texts) and
 * `events/N.json` (a run of chronology events).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getSearchIndex } from "@/content/corpus";
import { pagesToRender } from "@/lib/pageCache";

// A file is written again only when its content changed (src/lib/pageCache.ts).
export const getStaticPaths = (async () => {
  const { postings, reports, events } = await getSearchIndex();
  return pagesToRender(
    "/search/[kind]/[n].json",
    Object.entries({ postings, reports, events }).flatMap(([kind, files]) =>
      files.map((file, n) => ({ params: { kind, n: String(n) }, props: { file }, shows: file })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.file);
