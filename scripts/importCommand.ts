/**
 * `npm run import -- <file> [--slug <slug>] [--reports-dir <dir>]`: the file system around
 * `importDocument` (src/lib/import/run.ts). It reads the document and the content, and writes
 * the new report only when the import succeeded and the file does not exist yet.
 *
 * The reports folder is `content/reports`, or `--reports-dir`, or `$IMPORT_REPORTS_DIR`: tests
 * use a temporary folder and never write into content/. The gazetteer and the chronology are
 * always read from content/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { splitFrontmatter } from "@/lib/frontmatter";
import type { EventSummary } from "@/lib/import/checklist";
import { ImportError } from "@/lib/import/input";
import { importDocument, type ImportContext } from "@/lib/import/run";
import { createMentionFinder, namedEntryOf, type GazetteerNames } from "@/lib/mentions";
import { parseYamlMapping } from "@/lib/yamlMapping";

/** The project's content folder. */
const CONTENT_DIR = new URL("../content/", import.meta.url).pathname;

const USAGE = "Usage: npm run import -- <page.html|page.txt> [--slug <slug>] [--reports-dir <dir>]";

/** Where the command prints. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const readMapping = (path: string) => parseYamlMapping(readFileSync(path, "utf8"), path);

/**
 * What the import needs of the content: the raw data files, without the build's validation
 * (the build checks them; the import only reads names, events and publication days).
 */
function loadImportContext(contentDir: string, reportsDir: string): ImportContext {
  const gazetteer = ["people", "places", "organisations"].flatMap((file) =>
    Object.entries(readMapping(join(contentDir, "gazetteer", `${file}.yaml`))).map(
      ([id, data]) => ({ ...(data as Omit<GazetteerNames, "id">), id }) as GazetteerNames,
    ),
  );
  const events = Object.entries(readMapping(join(contentDir, "events.yaml"))).map(
    ([id, data]) => ({ ...(data as Omit<EventSummary, "id">), id }) as EventSummary,
  );
  const published = new Map<string, string>();
  const contentReports = join(contentDir, "reports");
  for (const file of readdirSync(contentReports).filter((f) => f.endsWith(".md"))) {
    const { data } = splitFrontmatter(readFileSync(join(contentReports, file), "utf8"));
    const date = (data as { published?: { date?: unknown } }).published?.date;
    if (typeof date === "string") published.set(file.replace(/\.md$/, ""), date);
  }
  const existingSlugs = new Set(
    existsSync(reportsDir)
      ? readdirSync(reportsDir)
          .filter((f) => f.endsWith(".md"))
          .map((f) => f.replace(/\.md$/, ""))
      : [],
  );
  return {
    findMentions: createMentionFinder(gazetteer.map(namedEntryOf)),
    names: new Map(gazetteer.map((entry) => [entry.id, entry.name])),
    events,
    published,
    existingSlugs,
    reportsLabel: relative(process.cwd(), reportsDir) || ".",
  };
}

/** Runs the command; returns the exit code. Nothing is written unless it returns 0. */
export function runImportCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) },
): number {
  const args = [...argv];
  let file: string | undefined;
  let slug: string | undefined;
  let reportsDir = env.IMPORT_REPORTS_DIR || join(CONTENT_DIR, "reports");
  while (args.length > 0) {
    const arg = args.shift()!;
    if (arg === "--slug" || arg === "--reports-dir") {
      const value = args.shift();
      if (!value) return fail(io, `${arg} needs a value. ${USAGE}`);
      if (arg === "--slug") slug = value;
      else reportsDir = value;
    } else if (arg === "--") continue;
    else if (arg.startsWith("--")) return fail(io, `Unknown option ${arg}. ${USAGE}`);
    else if (file) return fail(io, `One file at a time. ${USAGE}`);
    else file = arg;
  }
  if (!file) return fail(io, USAGE);
  if (!existsSync(file)) return fail(io, `${file}: no such file. ${USAGE}`);
  reportsDir = resolve(reportsDir);
  try {
    const context = loadImportContext(CONTENT_DIR, reportsDir);
    const result = importDocument({ fileName: file, bytes: readFileSync(file), slug }, context);
    mkdirSync(reportsDir, { recursive: true });
    const target = join(reportsDir, `${result.slug}.md`);
    // "wx": never overwrite, even if the file appeared since the folder was read.
    writeFileSync(target, result.markdown, { flag: "wx" });
    io.out(`Wrote ${relative(process.cwd(), target)}`);
    io.out("");
    for (const line of result.checklist) io.out(line);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) return fail(io, error.message);
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      return fail(
        io,
        `${(error as NodeJS.ErrnoException).path} already exists: choose another --slug. Nothing was written.`,
      );
    throw error;
  }
}

function fail(io: Io, message: string): number {
  io.err(`import: ${message}`);
  return 1;
}
