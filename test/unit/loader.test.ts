import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadPack } from "../../src/content/loader.js";
import { ContentError } from "../../src/shared/errors.js";
import { INVALID_PACKS, VALID_PACK } from "../helpers/paths.js";

describe("loadPack on the valid fixture pack", () => {
  it("loads every module, lesson, question and glossary term", async () => {
    const { course, report } = await loadPack(VALID_PACK);
    expect(report.diagnostics).toEqual([]);
    expect(report.valid).toBe(true);
    expect(course?.modules.map((m) => m.id)).toEqual(["basics", "networking"]);
    expect(course?.modules[0]?.lessons.map((l) => l.id)).toEqual(["pods", "nodes"]);
    expect(course?.modules[0]?.lessons[1]?.notes[0]?.source).toBe("Kubernetes 1.24 release notes");
    expect(course?.modules[1]?.questions[0]?.lessons).toEqual([
      { module: "networking", lesson: "services" },
      { module: "basics", lesson: "pods" },
    ]);
    expect(course?.glossary.map((t) => t.term)).toEqual(["Pod", "Service"]);
    expect(course?.glossary[0]?.lesson).toEqual({ module: "basics", lesson: "pods" });
  });
});

// One line per broken pack: the file, line, column and message a content author is shown.
const cases: [name: string, file: string, line: number, column: number, message: string][] = [
  [
    "yaml-syntax",
    "basics/module.yaml",
    4,
    1,
    "YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
  ],
  [
    "missing-field",
    "basics/module.yaml",
    16,
    5,
    'missing required field "explanation" in questions[0]',
  ],
  [
    "wrong-type",
    "basics/module.yaml",
    28,
    15,
    'questions[1].revision must be a number, not the text "two"',
  ],
  ["unknown-field", "basics/module.yaml", 9, 5, 'unknown field "colour" in lessons[1]'],
  [
    "duplicate-question-id",
    "networking/module.yaml",
    8,
    9,
    'duplicate question id "basics-unit" (also at basics/module.yaml:16)',
  ],
  [
    "no-correct-option",
    "basics/module.yaml",
    23,
    7,
    'question "basics-unit" has no correct option',
  ],
  [
    "wrong-select-count",
    "basics/module.yaml",
    30,
    13,
    'question "basics-node-parts" asks to select 3 but 2 options are marked correct',
  ],
  [
    "dangling-lesson-ref",
    "networking/module.yaml",
    12,
    25,
    'lesson reference "basics/containers" does not resolve',
  ],
  ["control-characters", "basics/pods.md", 1, 26, "control character U+001B is not allowed"],
  ["bidi-override", "basics/pods.md", 1, 14, "bidi control character U+202E is not allowed"],
  [
    "escaped-control",
    "basics/module.yaml",
    2,
    8,
    "control character U+001B (written as an escape) is not allowed",
  ],
  [
    "escaped-bidi",
    "basics/module.yaml",
    23,
    25,
    "bidi control character U+202E (written as an escape) is not allowed",
  ],
  [
    "glossary-outside",
    "course.yaml",
    6,
    11,
    "glossary file ../../../../../../../../etc/passwd is outside the content pack",
  ],
  [
    "glossary-symlink-outside",
    "course.yaml",
    6,
    11,
    "glossary file glossary.yaml is outside the content pack",
  ],
  [
    "lesson-symlink-outside",
    "basics/module.yaml",
    5,
    9,
    "basics/pods.md is outside the content pack",
  ],
  ["empty-module", "networking/module.yaml", 4, 10, "lessons: a module needs at least one lesson"],
  ["unknown-question-type", "networking/module.yaml", 10, 11, 'unknown question type "essay"'],
  ["duplicate-module", "course.yaml", 6, 5, 'module "basics" is listed twice (first at line 4)'],
  [
    "missing-lesson-file",
    "basics/module.yaml",
    9,
    9,
    'lesson "storage" has no text: basics/storage.md does not exist',
  ],
  [
    "unknown-category",
    "networking/module.yaml",
    18,
    72,
    'item "create-deployment" is put in unknown category "kubernetes"',
  ],
  [
    "custom-tag",
    "basics/module.yaml",
    3,
    10,
    "YAML: Unresolved tag: tag:yaml.org,2002:js/function",
  ],
  [
    "note-anchor-missing",
    "basics/module.yaml",
    14,
    16,
    'the note\'s anchor "runs containers" is not in basics/nodes.md',
  ],
  [
    "retired-id-reused",
    "networking/module.yaml",
    21,
    5,
    'question id "basics-unit" is retired but is used again at basics/module.yaml:16',
  ],
  [
    "module-id-mismatch",
    "networking/module.yaml",
    1,
    5,
    'module id "network" does not match its folder "networking"',
  ],
];

describe("loadPack on broken packs", () => {
  it.each(cases)("%s: %s:%i:%i", async (name, file, line, column, message) => {
    const dir = join(INVALID_PACKS, name);
    const { course, report } = await loadPack(dir);
    expect(course).toBeUndefined();
    expect(report.valid).toBe(false);
    expect(report.diagnostics.map((d) => ({ ...d, file: d.file.slice(dir.length + 1) }))).toEqual([
      expect.objectContaining({ file, line, column, message, hint: expect.any(String) }),
    ]);
  });

  it("has a fixture for every case and a case for every fixture", async () => {
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(INVALID_PACKS).sort()).toEqual(cases.map(([name]) => name).sort());
  });

  it("throws a ContentError when the folder does not exist or has no course.yaml", async () => {
    await expect(loadPack(join(INVALID_PACKS, "no-such-pack"))).rejects.toThrow(ContentError);
    await expect(loadPack(join(VALID_PACK, "basics"))).rejects.toThrow(/has no course\.yaml/);
  });
});

describe("loadPack on arbitrary text", () => {
  const dir = mkdtempSync(join(tmpdir(), "eks-primer-fuzz-"));
  mkdirSync(join(dir, "m"));
  writeFileSync(join(dir, "course.yaml"), "title: T\ndescription: D\nmodules: [m]\n");

  it("never throws anything but its own diagnostics, whatever a module file holds", async () => {
    const yamlish = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom(
          "a",
          ":",
          " ",
          "\n",
          "-",
          "[",
          "]",
          "{",
          "}",
          "'",
          '"',
          "&",
          "*",
          "!",
          "#",
          "|",
          ">",
          "\t",
          "\u001b",
        ),
      }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        writeFileSync(join(dir, "m", "module.yaml"), text);
        const { course, report } = await loadPack(dir);
        expect(course).toBeUndefined();
        expect(report.diagnostics.length).toBeGreaterThan(0);
        for (const d of report.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(typeof d.message).toBe("string");
        }
      }),
      { numRuns: 300 },
    );
  });
});
