/**
 * The mark of a value the import could not determine. `src/content.config.ts` rejects every
 * value that starts with it, so the build fails, naming the field, until an editor decides.
 */
export const TO_DO_PREFIX = "TODO(editor):";
