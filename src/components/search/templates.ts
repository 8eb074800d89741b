/**
 * Copies of the search UI's markup: the `<template data-template="…">` elements of Search.astro,
 * each holding one element that the results view copies and fills with text.
 */

/** The templates Search.astro holds, by their data-template name. */
export type TemplateName =
  "query" | "suggestions" | "group" | "entry" | "event" | "report" | "passage" | "mark";

// Elements laid out as blocks in the templates. The white space between their tags is the
// markup's line breaks and indentation: a browser does not render it, and copies leave it out,
// so a copy holds the elements and their text only. Spaces between inline elements stay.
const BLOCKS = new Set(["LI", "OL", "P", "SECTION", "H2"]);

/** The templates of one search element. */
export class Templates {
  readonly #elements = new Map<string, Element>();

  /** Reads the templates inside `root`. */
  constructor(root: ParentNode) {
    for (const template of root.querySelectorAll<HTMLTemplateElement>("template[data-template]")) {
      const element = template.content.firstElementChild!;
      dropLayout(element);
      this.#elements.set(template.dataset.template!, element);
    }
  }

  /** A fresh copy of the element of template `name`. */
  copy(name: TemplateName): HTMLElement {
    return this.#elements.get(name)!.cloneNode(true) as HTMLElement;
  }
}

/** Removes the white space at the edges of, and between, block elements under `root`. */
function dropLayout(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const layout: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isLayout(node as Text)) layout.push(node as Text);
  }
  for (const node of layout) node.remove();
}

function isLayout(node: Text): boolean {
  if (!/^[ \t\n\r\f]+$/.test(node.data)) return false;
  const isBlock = (n: Node | null) => n instanceof Element && BLOCKS.has(n.tagName);
  const atEdge = !node.previousSibling || !node.nextSibling;
  return (atEdge && isBlock(node.parentNode)) || isBlock(node.previousSibling) || isBlock(node.nextSibling);
}
