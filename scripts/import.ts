/**
 * The editor's import command: `npm run import -- <file> [--slug <slug>]`. A thin wrapper:
 * everything is in scripts/importCommand.ts and src/lib/import/.
 */
import { runImportCommand } from "./importCommand";

process.exitCode = runImportCommand(process.argv.slice(2));
