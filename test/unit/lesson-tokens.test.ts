// Lessons lexed ahead of time render exactly as lessons lexed at run time (the files the build
// writes to dist/lessons/ are checked in test/e2e/dist.test.ts).
import { join } from "node:path";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
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
});
