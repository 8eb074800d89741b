/**
 * The field types every schema is built from. Each takes the message an editor sees when the
 * value is missing or wrong, so every error says how to fix it. Astro prints these messages with
 * the file and the field when a build meets bad content.
 */
import { z } from "astro/zod";
import { isIsoCalendarDate } from "@/lib/dates";
import { TO_DO_PREFIX } from "@/lib/import/toDo";

/**
 * Wraps `schema` so that a missing value fails with `fix`. Astro's error map replaces zod's own
 * message for a missing or wrongly typed value ("Required"), so the fix must travel as a custom
 * issue, checked before the value reaches `schema`.
 */
export function required<T extends z.ZodTypeAny>(schema: T, fix: string) {
  return z
    .any()
    .superRefine((value, ctx) => {
      if (value === undefined || value === null) ctx.addIssue({ code: "custom", message: fix, fatal: true });
      else if (isToDo(value)) ctx.addIssue({ code: "custom", message: toDoMessage(value), fatal: true });
    })
    .pipe(schema);
}

/** True for a value the import command could not determine (see `npm run import`). */
const isToDo = (value: unknown): value is string =>
  typeof value === "string" && value.trim().startsWith(TO_DO_PREFIX);
// The to-do names its field and what to decide ("TODO(editor): published.date — choose …"), so
// the message repeats it: the build fails until an editor replaces it with a decision.
const toDoMessage = (value: string) =>
  `Still a to-do from the import: ${value.trim().slice(TO_DO_PREFIX.length).trim()} Decide, then replace the TODO value.`;

/** A non-empty line of text; `fix` is the message an editor sees when it is missing or wrong. */
export const text = (fix: string) => required(z.string().trim().min(1, fix), fix);

/** A number between `min` and `max`; `fix` is shown when it is missing, not a number or out of range. */
export function numberBetween(min: number, max: number, fix: string) {
  return z
    .any()
    .superRefine((value, ctx) => {
      if (typeof value !== "number") ctx.addIssue({ code: "custom", message: fix, fatal: true });
    })
    .pipe(z.number().min(min, fix).max(max, fix));
}

/** One of a fixed list of values; `fix` says which, when the value is missing or not listed. */
export function oneOf<U extends string, T extends Readonly<[U, ...U[]]>>(values: T, fix: string) {
  return required(z.enum(values, { errorMap: () => ({ message: fix }) }), fix);
}

/** An object that rejects unknown keys with a message that says what to do. */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape, {
      errorMap: (issue, ctx) => ({
        message:
          issue.code === "unrecognized_keys"
            ? `Unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}: remove ${issue.keys.length > 1 ? "them" : "it"} or fix the spelling (every field is documented in src/schemas/).`
            : ctx.defaultError,
      }),
    })
    .strict();
}

/** A gazetteer, report or event id (and a report's slug): lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of a `what` ("report", "gazetteer", …) entry, matching ID_PATTERN. */
export const id = (what: string) =>
  required(
    z
      .string()
      .regex(ID_PATTERN, `The ${what} id must be lower-case words joined by hyphens, e.g. "ahmad-massoud".`),
    `Give the ${what} id in lower-case words joined by hyphens, e.g. "ahmad-massoud".`,
  );

/**
 * A calendar day as a quoted string `'YYYY-MM-DD'`. Quoted, because YAML reads an unquoted
 * 2021-02-30 as a timestamp and silently rolls it over to 2 March.
 */
export const isoDate = required(
  z
    .any()
    .superRefine((value, ctx) => {
      if (value instanceof Date) {
        ctx.addIssue({
          code: "custom",
          fatal: true,
          message:
            "Quote the date, e.g. '2021-09-03': YAML turns an unquoted date into a timestamp and rolls impossible days over.",
        });
      }
    })
    .pipe(
      z.string().refine(isIsoCalendarDate, {
        message: "Not a real calendar day: write an existing date as 'YYYY-MM-DD', e.g. '2021-09-03'.",
      }),
    ),
  "Give the date as a quoted 'YYYY-MM-DD' string, e.g. '2021-09-03'.",
);
