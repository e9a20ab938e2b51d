// Lessons of the built-in course lexed at build time (marked's tokens), so that reading them
// skips the markdown lexer's cold start. Found by the lesson text itself (its CRC-32 and length),
// so a lesson of any pack with the same text gets the same tokens, and changed text gets none.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../paths.js";

export const LESSON_TOKENS_DIR = join(PACKAGE_ROOT, "dist", "lessons");

export function lessonTokensFile(markdown: string): string {
  const { crc32 } = process.getBuiltinModule("node:zlib");
  return join(LESSON_TOKENS_DIR, `${crc32(markdown).toString(16)}-${markdown.length}.json`);
}

/** The tokens compiled for this text, or undefined (then the renderer lexes it). */
export function readLessonTokens(markdown: string): unknown[] | undefined {
  try {
    return JSON.parse(readFileSync(lessonTokensFile(markdown), "utf8")) as unknown[];
  } catch {
    return undefined;
  }
}
