/** One text shard of the search index: the text of a run of passages (src/lib/searchIndex.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getSearchIndex } from "@/content/corpus";
import type { TextShard } from "@/lib/searchIndex";

export const getStaticPaths = (async () => {
  const { shards } = await getSearchIndex();
  return shards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { shard: TextShard }).shard), {
    headers: { "Content-Type": "application/json" },
  });
