// What the build leaves in dist/ beside the program (the global setup builds it first): the
// pre-lexed lessons, and source maps that --debug uses.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

  it("with --debug, an unexpected error's stack trace names the src/ file it comes from", () => {
    // A copy of the package whose compiled course is corrupt: an error no code path expects.
    const copy = mkdtempSync(join(tmpdir(), "eks-primer-debug-"));
    for (const part of ["bin", "dist", "package.json"]) {
      cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    }
    writeFileSync(
      join(copy, "dist", "course.json"),
      JSON.stringify({ fingerprint: "", course: { title: "T", modules: null, glossary: [] } }),
    );
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(copy, "bin", "eks-primer.js"), ...args], {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", EKS_PRIMER_HOME: join(copy, "home") },
        timeout: 20_000,
      });
    const plain = run(["modules"]);
    expect(plain.status).toBe(2);
    expect(plain.stderr).toMatch(
      /^error: unexpected failure: .+\nhint: run again with --debug for details.*\n$/,
    );
    const debug = run(["modules", "--debug"]);
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/^error: unexpected failure: /);
    expect(debug.stderr).toMatch(/\n {4}at .*\/src\/[\w/-]+\.ts:\d+:\d+\)?\n/);
  });
});
