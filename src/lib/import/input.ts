/**
 * Reading what an editor hands the import: the file's bytes become text only when they are a
 * non-empty UTF-8 text or HTML file; anything else stops the import with a message that says
 * what is wrong and what to do, before anything is written.
 */

/** A problem with the input: the CLI prints the message and writes nothing. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

/** The two kinds of document the import reads. */
export type SourceKind = "html" | "text";

/** The kind of document a file name says it is; throws for any other extension. */
export function sourceKind(fileName: string): SourceKind {
  if (/\.html?$/i.test(fileName)) return "html";
  if (/\.(?:txt|md)$/i.test(fileName)) return "text";
  throw new ImportError(
    `${fileName}: the import reads a saved web page (.html) or its text (.txt). Save the page as one of these and run it again.`,
  );
}

/** The file's text; throws an ImportError for an empty, binary or non-UTF-8 file. */
export function decodeSource(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d)))
    throw new ImportError(
      `${fileName} is empty: save the page again (File → Save Page As…) and import that file.`,
    );
  // Text never holds a NUL byte; images, PDFs, archives and UTF-16 files do.
  if (bytes.includes(0))
    throw new ImportError(
      `${fileName} is a binary file, not a web page or text: import the saved .html page or its text as .txt (UTF-8).`,
    );
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError(
      `${fileName} is not UTF-8 text: convert it first (e.g. iconv -f windows-1252 -t utf-8 "${fileName}" > page.txt) and import the converted file.`,
    );
  }
}
