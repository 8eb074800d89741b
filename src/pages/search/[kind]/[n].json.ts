/**
 * The search index's other files (src/lib/searchIndex.ts): `postings/N.json` (a run of
 * vocabulary terms' postings), `reports/N.json` (one report with its passage texts) and
 * `events/N.json` (a run of chronology events).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getSearchIndex } from "@/content/corpus";
import { digestOf, pagesToRender } from "@/lib/pageCache";

// A file is written again only when its content changed (src/lib/pageCache.ts). It shows its
// JSON, so its key is the digest of that text: the native JSON.stringify is several times faster
// than walking the postings' numbers one by one (0.2 s of a 1,000-report rebuild).
export const getStaticPaths = (async () => {
  const { postings, reports, events } = await getSearchIndex();
  return pagesToRender(
    "/search/[kind]/[n].json",
    Object.entries({ postings, reports, events }).flatMap(([kind, files]) =>
      files.map((file, n) => ({
        params: { kind, n: String(n) },
        props: { file },
        shows: digestOf(JSON.stringify(file)),
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.file);
