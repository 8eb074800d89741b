/** The folder of the report files, relative to the project root: the reports collection's. */
export const REPORTS_FOLDER = "content/reports";
