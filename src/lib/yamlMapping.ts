/**
 * Parsing of the data files (gazetteer, events, eras): a YAML mapping from id to entry.
 */
import { load, YAMLException } from "js-yaml";

/**
 * Parses `text` as a YAML mapping of id → entry, throwing an Error that names `path`, the line
 * and the fix for bad YAML, a duplicated id, or a top level that is not a mapping.
 */
export function parseYamlMapping(text: string, path: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = load(text, { filename: path });
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? `:${error.mark.line + 1}:${error.mark.column + 1}` : "";
      const fix = /duplicated mapping key/.test(error.reason)
        ? "An id may appear only once: rename or merge the second entry."
        : "Fix the YAML syntax there (quote strings that contain ': ', '#' or start with a quote mark).";
      throw new Error(`${path}${line}: ${error.reason}. ${fix}`);
    }
    throw error;
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error(
      `${path}: the file must be a YAML mapping of id: entry (e.g. "kabul:" on its own line, the fields indented below), not ${Array.isArray(data) ? "a list" : typeof data}.`,
    );
  }
  return data as Record<string, unknown>;
}
