/**
 * The import's to-do values: whatever it cannot determine it writes as "TODO(editor): <field> —
 * <what to decide>", and the report schema rejects every such value with a message that names
 * the field and says what to decide, so the build fails until an editor has decided.
 */
import { describe, expect, test } from "vitest";
import { TO_DO_PREFIX as TO_DO } from "@/lib/import/toDo";
import { reportSchema } from "@/schemas/report";
import { loadContent } from "./helpers/content";

const FIXTURES = new URL("./fixtures/valid/", import.meta.url).pathname;
const valid = loadContent(FIXTURES).reports[0]!.data;

type Report = Record<string, Record<string, unknown>>;
const toDo = (field: string, decide: string) => `${TO_DO} ${field} — ${decide}`;

describe("a to-do value fails validation naming the field and what to decide", () => {
  test.each<[string, (r: Report) => void]>([
    ["title", (r) => ((r as Record<string, unknown>).title = toDo("title", "copy the headline."))],
    ["published.date", (r) => (r.published!.date = toDo("published.date", "choose the publication day."))],
    ["published.basis", (r) => (r.published!.basis = toDo("published.basis", "stated or inferred."))],
    ["outlet.evidence", (r) => (r.outlet!.evidence = toDo("outlet.evidence", "say what names the outlet."))],
    ["summary.text", (r) => (r.summary!.text = toDo("summary.text", "write one neutral sentence."))],
  ])("%s", (field, change) => {
    const report = structuredClone(valid) as unknown as Report;
    change(report);
    const result = reportSchema.safeParse(report);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join(".")).toBe(field);
    expect(issue.message).toMatch(
      new RegExp(`^Still a to-do from the import: ${field.replace(".", "\\.")} — \\w`),
    );
    expect(issue.message).toMatch(/Decide, then replace the TODO value\.$/);
  });

  test("the valid fixture itself passes", () => {
    expect(reportSchema.safeParse(structuredClone(valid)).success).toBe(true);
  });
});
