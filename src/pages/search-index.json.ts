/** The core search index, written at build time (see src/lib/searchIndex.ts). */
import type { APIRoute } from "astro";
import { getSearchIndex } from "@/content/corpus";

export const GET: APIRoute = async () => {
  const { index } = await getSearchIndex();
  return new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } });
};
