import stringWidth from "fast-string-width";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import type { Course, Lesson, Module } from "../../src/content/model.js";
import { courseMenu, statusText, type MenuModule } from "../../src/ui/learn-menu.js";
import { footer, fitParts } from "../../src/ui/pager-text.js";
import { pagerState } from "../../src/core/pager.js";

const TITLES = [
  "Introduction to Amazon EKS",
  "Managing communication in Amazon EKS",
  "Service meshes (App Mesh ended 2026)",
  "Primary cost drivers in Amazon EKS",
];
const lessonOf = (module: string, id: string, title: string) =>
  ({ id, module, title, body: "", notes: [] }) as unknown as Lesson;
const modules = TITLES.map(
  (title, i) =>
    ({
      id: `m${i + 1}`,
      title,
      lessons: [lessonOf(`m${i + 1}`, "a", "First lesson"), lessonOf(`m${i + 1}`, "b", "Second")],
    }) as unknown as Module,
);
const course = { title: "AWS: EKS Primer", modules } as unknown as Course;
const entries: MenuModule[] = modules.map((module, i) => ({
  reading: {
    module,
    read: i % 3,
    total: 2,
    state: i % 3 === 0 ? "not-started" : i % 3 === 1 ? "in-progress" : "completed",
  },
  score: i === 1 ? { attempts: 1, best: 100, last: 100, recent: [100] } : undefined,
}));

describe("course menu layout", () => {
  it.each([120, 80, 60, 40])("keeps every entry on one line within %i columns", (width) => {
    const menu = courseMenu(course, entries, modules[1]?.lessons[1], false);
    const layout = menu.layout(width);
    expect(layout.entries).toHaveLength(TITLES.length + 2);
    for (const entry of layout.entries) {
      expect(entry).not.toContain("\n");
      expect(stringWidth(stripVTControlCharacters(entry)) + 2, entry).toBeLessThanOrEqual(width);
    }
    // The status is never cut: a score reads whole, "100%".
    expect(layout.entries[2]).toMatch(/100%$/);
  });

  it("numbers the modules, not the lines: Continue carries no number", () => {
    const menu = courseMenu(course, entries, modules[0]?.lessons[0], false);
    expect(menu.layout(80).numbers).toEqual([undefined, 1, 2, 3, 4, undefined]);
    expect(menu.choices[0]).toMatchObject({ type: "lesson" });
    expect(courseMenu(course, entries, undefined, false).layout(80).numbers).toEqual([
      1,
      2,
      3,
      4,
      undefined,
    ]);
  });

  it("says less about a module as the terminal narrows", () => {
    const entry = entries[1] as MenuModule;
    expect(statusText(entry, "long")).toBe("1/2 read, best quiz 100%");
    expect(statusText(entry, "medium")).toBe("1/2, quiz 100%");
    expect(statusText(entry, "short")).toBe("1/2 100%");
    const wide = courseMenu(course, entries, undefined, false).layout(120).entries[1] ?? "";
    const narrow = courseMenu(course, entries, undefined, false).layout(60).entries[1] ?? "";
    expect(wide).toContain("best quiz 100%");
    expect(narrow).not.toContain("best quiz");
  });
});

describe("pager footer", () => {
  it.each([120, 80, 60, 40])("fits %i columns without cutting a word", (width) => {
    for (const lessons of [true, false]) {
      const text = footer(pagerState(100, 17), width, lessons);
      expect([...text].length).toBeLessThanOrEqual(width);
      expect(text).toContain("q quit");
      expect(text).not.toContain("…");
    }
  });

  it("drops the least important parts first", () => {
    const parts = [
      { text: "aaaa", keep: 1 },
      { text: "bbbb", keep: 3 },
      { text: "cccc", keep: 2 },
    ];
    expect(fitParts(parts, 20)).toBe("aaaa  bbbb  cccc");
    expect(fitParts(parts, 12)).toBe("bbbb  cccc");
    expect(fitParts(parts, 5)).toBe("bbbb");
  });

  it("shows the search and its matches while searching", () => {
    const state = { ...pagerState(100, 17), search: { query: "pod", hits: [3, 9], index: 1 } };
    expect(footer(state, 80, true)).toMatch(
      /^match 2\/2 "pod" {2}n\/N next\/prev {2}Esc end search/,
    );
    expect(footer({ ...pagerState(100, 17), mode: "search", typed: "vet" }, 80, true)).toMatch(
      /^\/vet/,
    );
  });
});
