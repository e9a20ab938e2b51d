/** One problem in a file the user gave us, where it is and what to do about it. */
export interface Diagnostic {
  /** Path of the file, as given to the loader (joined with the pack folder). */
  file: string;
  line: number;
  column: number;
  /** Where in the document: `questions[2].options[0].key`; empty for the file as a whole. */
  path: string;
  message: string;
  hint?: string | undefined;
}
