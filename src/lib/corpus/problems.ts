/**
 * Content problems: what the corpus checks find wrong, collected across every phase so that one
 * build reports all of them at once, each naming the file, the field and the fix.
 */

/** One thing wrong with the content. */
export interface ContentProblem {
  /** The file, relative to the project root. */
  file: string;
  /** The entry id and field path, e.g. `mohammadi-claim → citations[0].quote`. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Thrown when the content breaks a rule; lists every problem found. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  - ${p.file} → ${p.field}: ${p.message}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

/** The one collector of content problems of a corpus build, in the order they are found. */
export class Problems {
  readonly #found: ContentProblem[] = [];

  /** Records a problem of `field` in `file`. */
  add(file: string, field: string, message: string): void {
    this.#found.push({ file, field, message });
  }

  /** How many problems are recorded so far (a phase compares counts to skip a broken entry). */
  get count(): number {
    return this.#found.length;
  }

  /** Throws a ContentError listing every problem, when there is any. */
  throwIfAny(): void {
    if (this.#found.length > 0) throw new ContentError(this.#found);
  }
}

/** The message for an id that names no gazetteer entry, with the nearest ids when some are alike. */
export function unknownIdMessage(id: string, known: ReadonlyMap<string, unknown>): string {
  const near = [...known.keys()].filter((k) => k.includes(id) || id.includes(k)).slice(0, 3);
  return `No gazetteer entry "${id}".${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""} Add it to content/gazetteer/ or use an existing id.`;
}
