/** robots.txt, pointing crawlers at the sitemap under the deployed base when there is one. */
import type { APIRoute } from "astro";
import { href } from "@/site";

export const GET: APIRoute = ({ site }) => {
  // Without a public origin there is no sitemap (it needs absolute URLs), so no line for it.
  const sitemap = site ? `\nSitemap: ${new URL(href("sitemap-index.xml"), site).href}\n` : "";
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
