/**
 * Each report's source document as received, served as plain text, so a reader can compare the
 * copy with what it copies. The files live in content/sources/, named by `provenance.seedFile`;
 * each is served as a `.txt` (see servedSourceName).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "@/content/corpus";
import { servedSourceName } from "@/lib/urls";

const SOURCES = import.meta.glob<string>("/content/sources/*", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  return corpus.reports.map((report) => {
    const file = report.data.provenance.seedFile;
    const text = SOURCES[`/content/sources/${file}`];
    if (text === undefined) {
      throw new Error(
        `${report.filePath}: provenance.seedFile "${file}" is not in content/sources/. ` +
          "Put the source document there under that name, or correct the file name.",
      );
    }
    return { params: { file: servedSourceName(file) }, props: { text } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
