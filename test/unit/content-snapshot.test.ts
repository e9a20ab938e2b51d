// The freshness check of the compiled built-in course: one stat per recorded path, no listing.
import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { contentSnapshot, isCurrent } from "../../src/content/course.js";

let dir: string;
const past = new Date("2026-01-01T00:00:00Z");
/** A small pack, every path dated in the past, so that any change dates it now. */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "eks-primer-snapshot-"));
  mkdirSync(join(dir, "basics"));
  writeFileSync(join(dir, "course.yaml"), "title: T\n");
  writeFileSync(join(dir, "basics", "module.yaml"), "id: basics\n");
  writeFileSync(join(dir, "basics", "pods.md"), "Pods.\n");
  for (const path of ["basics/pods.md", "basics/module.yaml", "course.yaml", "basics", "."]) {
    utimesSync(join(dir, path), past, past);
  }
});

describe("contentSnapshot and isCurrent", () => {
  it("records every folder and content file, and holds while nothing changes", () => {
    const snapshot = contentSnapshot(dir);
    expect((JSON.parse(snapshot) as [string][]).map(([path]) => path)).toEqual([
      "",
      "basics",
      join("basics", "module.yaml"),
      join("basics", "pods.md"),
      "course.yaml",
    ]);
    expect(isCurrent(dir, snapshot)).toBe(true);
  });

  it.each([
    ["a file edited", () => writeFileSync(join(dir, "basics", "pods.md"), "Pods!\n")],
    ["a file added", () => writeFileSync(join(dir, "basics", "nodes.md"), "Nodes.\n")],
    ["a file removed", () => rmSync(join(dir, "basics", "pods.md"))],
    [
      "a file renamed",
      () => renameSync(join(dir, "basics", "pods.md"), join(dir, "basics", "pod.md")),
    ],
    ["a folder added", () => mkdirSync(join(dir, "networking"))],
  ])("notices %s", (_what, change) => {
    const snapshot = contentSnapshot(dir);
    change();
    expect(isCurrent(dir, snapshot)).toBe(false);
  });

  it("refuses a snapshot it cannot read", () => {
    expect(isCurrent(dir, "")).toBe(false);
    expect(isCurrent(dir, "[]")).toBe(false);
  });
});
