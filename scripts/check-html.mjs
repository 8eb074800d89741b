// Runs the W3C Nu HTML Checker (vnu-jar; needs Java) over every page of dist/ and fails on any
// error. Run by `npm test` (as `npm run test:html`), after the build.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import vnu from "vnu-jar";

if (!existsSync("dist/index.html")) {
  console.error("dist/ has no build: run `npm run build` first.");
  process.exit(1);
}
const run = spawnSync("java", ["-jar", vnu, "--errors-only", "--skip-non-html", "--format", "json", "dist"], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  console.error(
    `Could not run Java for the Nu HTML Checker (${run.error.message}). Install a Java 11+ runtime (Debian: apt-get install -y default-jre-headless).`,
  );
  process.exit(1);
}
const { messages } = JSON.parse(run.stderr || '{"messages":[]}');
const errors = messages.filter((m) => m.type === "error" || m.subType === "fatal");
for (const e of errors) {
  console.error(
    `${e.url.replace(/^file:.*?\/dist\//, "dist/")}:${e.lastLine ?? "?"}: ${e.message}\n    ${e.extract ?? ""}`,
  );
}
console.log(`Nu HTML Checker: ${errors.length} errors in dist/.`);
process.exit(errors.length > 0 ? 1 : 0);
