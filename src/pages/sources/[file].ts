/**
 * Each report's source document as received, served as plain text, so a reader can compare the
 * copy with what it copies. The files live in content/sources/, named by `provenance.seedFile`;
 * each is served as a `.txt` (see servedSourceName). They are read from disk as each is written
 * out, not bundled into the build.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "@/content/corpus";
import { projectPath } from "@/content/projectPath";
import { pagesToRender } from "@/lib/pageCache";
import { servedSourceName } from "@/lib/urls";

const sourcePath = (file: string) => projectPath(`content/sources/${file}`);

// Every source document is one of the inputs all pages share (src/integrations/pageCache.ts),
// so a file is written again only when the site's shared inputs change.
export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  const files = corpus.reports.map((report) => {
    const file = report.data.provenance.seedFile;
    if (!existsSync(sourcePath(file))) {
      throw new Error(
        `${report.filePath}: provenance.seedFile "${file}" is not in content/sources/. ` +
          "Put the source document there under that name, or correct the file name.",
      );
    }
    return { params: { file: servedSourceName(file) }, props: { file }, shows: file };
  });
  return pagesToRender("/sources/[file]", files);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = async ({ props }) =>
  new Response(await readFile(sourcePath(props.file), "utf8"), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
