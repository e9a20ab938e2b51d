// The deferred renderer (ui/markdown.ts): plain paragraphs are wrapped without marked, and must
// read exactly as marked renders them; anything else waits for marked.
import { describe, expect, it } from "vitest";
import { loadCourse } from "../../src/content/course.js";
import {
  createMarkdownRenderer,
  deferredMarkdownRenderer,
  isPlainParagraph,
} from "../../src/ui/markdown.js";

describe("the deferred markdown renderer", () => {
  it("renders every plain question text of the course as marked does, at any width, in colour or not", async () => {
    const course = await loadCourse();
    const texts = course.modules.flatMap((m) =>
      m.questions.flatMap((q) => [q.prompt, q.explanation]),
    );
    const plain = texts.filter(isPlainParagraph);
    // Most are plain: the fast path is what a quiz's first question takes.
    expect(plain.length).toBeGreaterThan(texts.length / 2);
    expect(plain.length).toBeLessThan(texts.length);
    for (const width of [40, 57, 80, 133]) {
      for (const color of [false, true]) {
        const marked = await createMarkdownRenderer({ width, color });
        const deferred = deferredMarkdownRenderer({ width, color });
        for (const text of plain) expect(deferred(text)).toBe(marked(text));
      }
    }
  });

  it("tells markup from plain text", () => {
    for (const text of [
      "Which **one** is right?",
      "Run `kubectl get pods`.",
      "See [the guide](https://example.com).",
      "Visit https://aws.amazon.com today",
      "- a list item",
      "1. first",
      "    indented code",
      "two\n\nparagraphs",
      "a < b",
      "tom & jerry",
      "# heading",
      "a | table",
      "snake_case",
      "with\ttab",
      "with \u001b[31m escape",
    ]) {
      expect(isPlainParagraph(text), text).toBe(false);
    }
    expect(isPlainParagraph("A Fargate profile selects pods.\nBy namespace and labels.")).toBe(
      true,
    );
  });

  it("waits for marked before markup, and then renders it", async () => {
    const render = deferredMarkdownRenderer({ width: 80, color: false });
    expect(() => render("Run `kubectl get pods`.")).toThrow(/before the renderer was ready/);
    await render.ready?.("Run `kubectl get pods`.");
    expect(render("Run `kubectl get pods`.")).toBe("Run kubectl get pods.");
  });
});
