// The shape of src/: no import cycles between files or folders (type-only imports included), and
// the layers point one way (HOUSE-STYLE.md). The lint rules hold each import; this holds the whole.
// Sizes (functions up to 80 lines, files up to 300) are eslint's max-lines-per-function and
// max-lines, which `npm run lint` (and CI) runs.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";
import { cycles, folderGraph, importGraph } from "../helpers/import-graph.js";

const graph = importGraph(join(ROOT, "src"));
const folders = folderGraph(graph);

/** Which folders (and top-level files) each may import. */
const ALLOWED: Record<string, string[]> = {
  shared: [],
  "paths.ts": [],
  content: ["shared", "paths.ts"],
  store: ["shared", "content", "paths.ts"],
  core: ["shared", "content", "store", "paths.ts"],
  ui: ["shared", "content", "core", "store", "paths.ts"],
  commands: ["shared", "content", "core", "store", "ui", "paths.ts"],
  "program.ts": ["commands", "shared", "ui", "paths.ts"],
  "root-help.ts": ["ui", "shared", "paths.ts"],
  "compile-cache.ts": ["shared"],
  "index.ts": ["program.ts", "shared", "ui", "paths.ts"],
  // The build step compiles the course with the checks validate runs (core: hands-on exercises)
  // and builds the search index (core).
  build: ["program.ts", "root-help.ts", "content", "core", "ui", "shared", "paths.ts"],
};

describe("the architecture of src/", () => {
  it("has no import cycle between files", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("has no import cycle between folders", () => {
    expect(cycles(folders)).toEqual([]);
  });

  it("imports only downwards", () => {
    for (const [from, targets] of folders) {
      const allowed = ALLOWED[from];
      expect(allowed, `${from} is a known layer`).toBeDefined();
      for (const to of targets) expect(allowed, `${from} -> ${to}`).toContain(to);
    }
  });

  it("finds cycles when there are some (the check itself works)", () => {
    const looped = new Map([
      ["a.ts", new Set(["b.ts"])],
      ["b.ts", new Set(["c.ts"])],
      ["c.ts", new Set(["a.ts"])],
      ["d.ts", new Set(["a.ts"])],
    ]);
    expect(cycles(looped)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });
});
