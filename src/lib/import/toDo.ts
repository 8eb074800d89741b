/**
 * The mark of a value the import could not determine. The schemas (`src/schemas/fields.ts`) reject every
 * value that starts with it, so the build fails, naming the field, until an editor decides.
 */
export const TO_DO_PREFIX = "TODO(editor):";
