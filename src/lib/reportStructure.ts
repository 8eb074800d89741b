/**
 * The structure of a report copy: photo captions and numbered passages. One remark plugin does
 * both, in Astro's Markdown pipeline (for the page) and in `readPassages` (for the chronology,
 * mentions and search), so a `#p-N` anchor means the same paragraph everywhere.
 *
 * Captions are written as a container directive:
 *
 *     :::caption
 *     Pictured: Afghan resistance fighters …
 *     :::
 *
 * and become `<figure class="caption"><figcaption>…</figcaption></figure>`.
 */
import type { Heading, ListItem, Nodes, Paragraph, Root } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { toString } from "mdast-util-to-string";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";

/** What a passage is in the report. */
export type PassageKind = "paragraph" | "heading" | "list item" | "caption";

/** A numbered block of a report: the unit that anchors, citations and search point to. */
export interface Passage {
  /** The anchor id on the page, `p-1`, `p-2`, … in document order. */
  anchor: string;
  /** 1-based position in the report. */
  index: number;
  /** What the block is. */
  kind: PassageKind;
  /** Its plain text, exactly as in the copy. */
  text: string;
}

/** The directive name that marks a photo caption. */
const CAPTION_DIRECTIVE = "caption";

declare module "vfile" {
  interface DataMap {
    /** Passages of the report, filled in by remarkReportStructure. */
    passages: Passage[];
  }
}

/**
 * Remark plugin: turns `:::caption` blocks into figures, numbers every paragraph, heading and
 * list item (`id="p-N"`) and records the passages in `file.data.passages`. Any other directive
 * fails with its position and the fix, so no text is ever swallowed as markup.
 */
export function remarkReportStructure() {
  return (tree: Root, file: VFile) => {
    const passages: Passage[] = [];
    walk(tree, undefined, file, passages);
    file.data.passages = passages;
  };
}

function walk(
  node: Nodes,
  inside: PassageKind | "numbered" | undefined,
  file: VFile,
  passages: Passage[],
): void {
  if (node.type === "containerDirective" || node.type === "leafDirective" || node.type === "textDirective") {
    if (node.type !== "containerDirective" || node.name !== CAPTION_DIRECTIVE) {
      throw unknownDirective(node, file);
    }
    shapeCaption(node);
  }
  let context: PassageKind | "numbered" | undefined = node.type === "containerDirective" ? "caption" : inside;
  // A list item is one passage, numbered on the <li>: in a tight list the HTML pipeline drops
  // the item's <p>, and an id on it would be lost with it.
  if (node.type === "listItem") {
    number(node, "list item", passages);
    context = "numbered";
  } else if ((node.type === "paragraph" || node.type === "heading") && inside !== "numbered") {
    number(node, node.type === "heading" ? "heading" : (inside ?? "paragraph"), passages);
    context = "numbered";
  }
  if (!("children" in node)) return;
  for (const child of node.children) walk(child, context, file, passages);
}

function number(node: Paragraph | Heading | ListItem, kind: PassageKind, passages: Passage[]): void {
  const index = passages.length + 1;
  const anchor = `p-${index}`;
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: anchor } };
  passages.push({ anchor, index, kind, text: ownCopy(toString(node)) });
}

/**
 * `text` as a string of its own. A paragraph of one text node is a slice of the whole file's
 * text, and V8 keeps that whole text alive for as long as the slice lives: the corpus would hold
 * every report file twice over (86 MB at 10,000 reports, docs/BENCHMARKS.md).
 */
function ownCopy(text: string): string {
  // Concatenating and slicing makes V8 flatten the two into a new string of the text's length.
  return ` ${text}`.slice(1);
}

function shapeCaption(node: ContainerDirective): void {
  node.data = { hName: "figure", hProperties: { className: ["caption"] } };
  // A figcaption wrapper for the caption's paragraphs; mdast has no such node, so it is an
  // unknown node that mdast-util-to-hast renders from its hName.
  const body = { type: "captionBody", data: { hName: "figcaption" }, children: node.children };
  node.children = [body as unknown as ContainerDirective["children"][number]];
}

function unknownDirective(node: Nodes, file: VFile): Error {
  const where = node.position ? `${node.position.start.line}:${node.position.start.column}` : "?";
  const name = "name" in node ? String(node.name) : "";
  const source = String(file.value ?? "").slice(node.position?.start.offset, node.position?.end.offset);
  return new Error(
    `${file.path || "report"}:${where}: "${source.split("\n")[0] || name}" is read as a Markdown directive ` +
      `("${name}"), which would drop text. Put a backslash before the colon ("\\:${name}") to keep it ` +
      `as text, or use ":::${CAPTION_DIRECTIVE}" … ":::" to mark a photo caption.`,
  );
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkReportStructure);

/**
 * The passages of a report's Markdown body, numbered as on its page. `path` names the file in
 * error messages.
 */
export function readPassages(markdown: string, path = "report"): Passage[] {
  const file = new VFile({ value: markdown, path });
  parser.runSync(parser.parse(file), file);
  return file.data.passages ?? [];
}
