/**
 * Where a project file is on disk, from its path relative to the project root: for the files
 * pages read as they are built (report texts, source documents) rather than bundle.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "astro:config/server";

/** The absolute path of `path`, given relative to the project root. */
export const projectPath = (path: string): string => join(fileURLToPath(root), path);
