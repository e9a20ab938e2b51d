// Lessons lexed at build time render exactly as lessons lexed at run time.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { lessonTokensFile, readLessonTokens } from "../../src/content/lesson-tokens.js";
import { loadPack } from "../../src/content/loader.js";
import { createMarkdownRenderer, plainText } from "../../src/ui/markdown.js";
import { ROOT } from "../helpers/paths.js";

const { course } = await loadPack(join(ROOT, "content"));
const lessons = course?.modules.flatMap((m) => m.lessons) ?? [];

describe("pre-lexed lessons", () => {
  it.each([
    [60, false],
    [100, true],
  ])("render the same as lexing at run time (%i columns, colour %s)", async (width, color) => {
    expect(lessons.length).toBeGreaterThan(60);
    const render = await createMarkdownRenderer({ width, color });
    const lexer = new Marked();
    for (const lesson of lessons) {
      const tokens = lexer.lexer(plainText(lesson.body));
      const expected = render(lesson.body);
      expect(render(lesson.body, tokens), `${lesson.module}/${lesson.id}`).toBe(expected);
      // Rendering does not consume the tokens: the same ones render again the same.
      expect(render(lesson.body, tokens)).toBe(expected);
    }
  });

  it.skipIf(!existsSync(join(ROOT, "dist", "lessons")))(
    "are in dist/ for every lesson of the built course, and found by their text only",
    async () => {
      const render = await createMarkdownRenderer({ width: 80, color: false });
      for (const lesson of lessons) {
        expect(existsSync(lessonTokensFile(lesson.body)), lesson.id).toBe(true);
        expect(render(lesson.body, readLessonTokens(lesson.body))).toBe(render(lesson.body));
      }
      expect(readLessonTokens("text that is in no lesson")).toBeUndefined();
    },
  );
});
