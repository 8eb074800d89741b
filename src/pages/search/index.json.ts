/** The search index's core (src/lib/searchIndex.ts): names, vocabulary, days and outlets. */
import type { APIRoute } from "astro";
import { getSearchIndex } from "@/content/corpus";

export const GET: APIRoute = async () => Response.json((await getSearchIndex()).core);
