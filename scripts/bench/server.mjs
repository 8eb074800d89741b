// A small static server for the benchmarks: serves a built site from a folder under a base path
// with gzip and the cache headers a real static host would send (docs/DEPLOY.md), so page weight
// and Lighthouse see what readers get. Loopback only.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"]);

/**
 * Serves `dir` at http://127.0.0.1:<port>/ (the folder itself holds the base path's files).
 * `overlay`, if given, answers the URL paths its `paths` pattern matches from its own `dir`
 * instead (the part after `prefix`), and never from `dir`: the search-scale benchmark serves
 * the built site with a synthetic search index.
 * @param {string} dir
 * @param {number} port
 * @param {{ prefix: string, paths: RegExp, dir: string }} [overlay]
 */
export function serveStatic(dir, port, overlay) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const pathname = decodeURIComponent(url.pathname);
    const [root, rest] = overlay?.paths.test(pathname)
      ? [overlay.dir, pathname.slice(overlay.prefix.length)]
      : [dir, pathname];
    let path = normalize(join(root, rest));
    if (!path.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    let status = 200;
    if (!existsSync(path)) {
      status = 404;
      path = join(dir, "404.html");
    }
    const ext = extname(path);
    const headers = {
      "Content-Type": TYPES[ext] ?? "application/octet-stream",
      "Cache-Control": url.pathname.includes("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    response.writeHead(
      status,
      gzip ? { ...headers, "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : headers,
    );
    const stream = createReadStream(path);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
