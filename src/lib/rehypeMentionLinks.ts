/**
 * Rehype plugin: in a report's HTML, the first mention of each gazetteer entry in every passage
 * (`id="p-N"`) becomes a link to the entry's page. Only the markup changes: the visible text is
 * the copy's, letter for letter.
 *
 * Why the first mention per passage: readers arrive at a single paragraph from the chronology
 * and from search, so every paragraph links its own names; repeats within a paragraph stay
 * plain, which keeps long paragraphs readable. Shared short names ("Massoud") are never linked:
 * they may mean either of two people.
 */
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { createMentionFinder, type NamedEntry } from "./mentions";

/** A gazetteer entry with the address of its page. */
export interface LinkedEntry extends NamedEntry {
  href: string;
}

/** Options: the entries to link. */
export interface MentionLinkOptions {
  entries: readonly LinkedEntry[];
}

const PASSAGE_ID = /^p-\d+$/;

/** Builds the plugin for a gazetteer. */
export function rehypeMentionLinks(options: MentionLinkOptions) {
  const find = createMentionFinder(options.entries);
  const hrefs = new Map(options.entries.map((e) => [e.id, e.href]));
  return (tree: Root) => {
    visitPassages(tree, (passage) => {
      const linked = new Set<string>();
      linkTexts(passage, (text) => {
        const pieces: ElementContent[] = [];
        let at = 0;
        for (const mention of find(text.value)) {
          const id = mention.ids[0]!;
          if (mention.ambiguous || linked.has(id)) continue;
          linked.add(id);
          if (mention.start > at) pieces.push({ type: "text", value: text.value.slice(at, mention.start) });
          pieces.push({
            type: "element",
            tagName: "a",
            properties: { href: hrefs.get(id)!, className: ["mention"], dataEntry: id },
            children: [{ type: "text", value: mention.text }],
          });
          at = mention.end;
        }
        if (pieces.length === 0) return [text];
        if (at < text.value.length) pieces.push({ type: "text", value: text.value.slice(at) });
        return pieces;
      });
    });
  };
}

function visitPassages(node: Root | Element, onPassage: (passage: Element) => void): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== "element") continue;
    if (PASSAGE_ID.test(String(child.properties.id ?? ""))) onPassage(child);
    else visitPassages(child, onPassage);
  }
}

// Replaces each text node of `element` (outside existing links) by what `replace` returns.
function linkTexts(element: Element, replace: (text: Text) => ElementContent[]): void {
  element.children = element.children.flatMap((child) => {
    if (child.type === "text") return replace(child);
    if (child.type === "element" && child.tagName !== "a") linkTexts(child, replace);
    return [child];
  });
}
