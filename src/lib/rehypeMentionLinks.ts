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
import type { Element, ElementContent, Parents, Root } from "hast";
import { defaultIgnore, findAndReplace, type RegExpMatchObject } from "hast-util-find-and-replace";
import type { MentionFinder } from "./mentions";

/** Options: the site's mention finder (the corpus's), and the address of an entry's page. */
export interface MentionLinkOptions {
  find: MentionFinder;
  hrefOf: (id: string) => string;
}

const PASSAGE_ID = /^p-\d+$/;
// The mention finder matches names case- and accent-blind on folded text, which no RegExp over
// the text can do: the pattern takes each text node whole (once: it is not global), and the
// replacement splits it at the names the finder finds.
const WHOLE_TEXT = /^[\s\S]+$/;
// Existing links are never nested in; nor are the elements whose text is not prose.
const IGNORE = ["a", ...defaultIgnore];

/** Builds the plugin for a gazetteer's finder. */
export function rehypeMentionLinks({ find, hrefOf }: MentionLinkOptions) {
  return (tree: Root) => {
    // The entries linked so far in each passage.
    const linked = new WeakMap<Element, Set<string>>();
    const replace = (value: string, match: RegExpMatchObject): ElementContent[] | false => {
      const passage = match.stack.find(isPassage);
      if (!passage) return false;
      const done = linked.get(passage) ?? new Set<string>();
      linked.set(passage, done);
      const pieces: ElementContent[] = [];
      let at = 0;
      for (const mention of find(value)) {
        const id = mention.ids[0]!;
        if (mention.ambiguous || done.has(id)) continue;
        done.add(id);
        if (mention.start > at) pieces.push({ type: "text", value: value.slice(at, mention.start) });
        pieces.push({
          type: "element",
          tagName: "a",
          properties: { href: hrefOf(id), className: ["mention"], dataEntry: id },
          children: [{ type: "text", value: mention.text }],
        });
        at = mention.end;
      }
      if (pieces.length === 0) return false;
      if (at < value.length) pieces.push({ type: "text", value: value.slice(at) });
      return pieces;
    };
    findAndReplace(tree, [WHOLE_TEXT, replace], { ignore: IGNORE });
  };
}

function isPassage(node: Parents | ElementContent): node is Element {
  return node.type === "element" && PASSAGE_ID.test(String(node.properties.id ?? ""));
}
