// What the build leaves in dist/ beside the program (the global setup builds it first).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lessonTokensFile, readLessonTokens } from "../../src/content/lesson-tokens.js";
import { loadPack } from "../../src/content/loader.js";
import { createMarkdownRenderer } from "../../src/ui/markdown.js";
import { ROOT } from "../helpers/paths.js";

describe("the build output", () => {
  it("has the pre-lexed tokens of every lesson of the course, found by their text only", async () => {
    const { course } = await loadPack(join(ROOT, "content"));
    const lessons = course?.modules.flatMap((m) => m.lessons) ?? [];
    expect(lessons.length).toBeGreaterThan(60);
    const render = await createMarkdownRenderer({ width: 80, color: false });
    for (const lesson of lessons) {
      expect(existsSync(lessonTokensFile(lesson.body)), lesson.id).toBe(true);
      expect(render(lesson.body, readLessonTokens(lesson.body))).toBe(render(lesson.body));
    }
    expect(readLessonTokens("text that is in no lesson")).toBeUndefined();
  });
});
