// The compiled course (dist/course/, written by the build) reads exactly as the content files do,
// while a command about one module reads only that module's part.
import type * as fs from "node:fs";
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { BUILTIN_CONTENT, readCompiledCourse } from "../../src/content/course.js";
import { loadPack } from "../../src/content/loader.js";
import { countQuestions } from "../../src/content/model.js";

vi.mock("node:fs", async (original) => {
  const real = await original<typeof fs>();
  return { ...real, readFileSync: vi.fn(real.readFileSync) };
});

describe("the compiled course", () => {
  it("equals the course loaded from content/", async () => {
    const compiled = readCompiledCourse();
    expect(compiled).toBeDefined();
    const { course } = await loadPack(BUILTIN_CONTENT);
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(course)));
  });

  it("reads a module's lessons and questions, and the glossary, only when they are used", () => {
    const read = vi.mocked(readFileSync);
    read.mockClear();
    const course = readCompiledCourse();
    if (!course) throw new Error("no compiled course");
    const files = () => read.mock.calls.map(([file]) => String(file).replace(/.*\/dist\//, ""));
    expect(files()).toEqual(["course/index.json"]);
    const networking = course.modules.find((m) => m.id === "networking");
    if (!networking) throw new Error("no networking module");
    expect(countQuestions(networking)).toBeGreaterThan(5);
    expect(files()).toEqual(["course/index.json"]);
    expect(networking.lessons[1]?.body).toMatch(/\w/);
    expect(networking.questions).toHaveLength(countQuestions(networking));
    expect(files()).toEqual(["course/index.json", "course/networking.json"]);
    expect(course.glossary.length).toBeGreaterThan(50);
    expect(files()).toEqual([
      "course/index.json",
      "course/networking.json",
      "course/glossary.json",
    ]);
  });
});
