// Every hands-on exercise of the built-in course, graded through the core: its references are
// right, variants that mean the same are right, and variants that miss a required part (or are
// of another kind) are wrong with the problem named.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "../../src/content/course.js";
import type { CommandQuestion, ManifestQuestion, Question } from "../../src/content/model.js";
import { gradeAnswer } from "../../src/core/grading.js";
import { prepareQuestions } from "../../src/core/question-types/index.js";
import {
  buildCommand,
  commandParts,
  sameManifest,
  withoutPath,
} from "../helpers/exercise-variants.js";

const course = await loadCourse();
const all: Question[] = course?.modules.flatMap((m) => m.questions) ?? [];
const commands = all.filter((q): q is CommandQuestion => q.type === "command");
const manifests = all.filter((q): q is ManifestQuestion => q.type === "manifest");

beforeAll(() => prepareQuestions([...manifests, ...commands]));

const messages = (q: Question, answer: string) =>
  (gradeAnswer(q, answer).problems ?? []).map((p) => p.message);

describe("the course's hands-on exercises", () => {
  it("number at least 12 command and 8 manifest exercises over at least 10 modules", () => {
    expect(commands.length).toBeGreaterThanOrEqual(12);
    expect(manifests.length).toBeGreaterThanOrEqual(8);
    expect(new Set([...commands, ...manifests].map((q) => q.module)).size).toBeGreaterThanOrEqual(
      10,
    );
  });
});

describe.each(commands.map((q) => [q.id, q] as const))("command exercise %s", (_id, q) => {
  const parts = commandParts(q, q.references[0] ?? "");

  it("grades every reference right", () => {
    for (const reference of q.references) expect(messages(q, reference), reference).toEqual([]);
  });

  it("grades the same command right with flags reordered, `=` spelling and short aliases", () => {
    for (const [style, reverse] of [
      ["space", true],
      ["equals", false],
      ["equals", true],
      ["short", false],
      ["short", true],
    ] as const) {
      const line = buildCommand(q, parts, style, reverse);
      expect(messages(q, line), line).toEqual([]);
    }
  });

  it("names each required flag that is missing, and a value that is wrong", () => {
    for (const [name, value] of Object.entries(q.required)) {
      const without = { ...parts, flags: parts.flags.filter(([n]) => n !== name) };
      const line = buildCommand(q, without, "space");
      expect(messages(q, line), line).toContain(`\`${name}\` is missing`);
      if (value === true) continue;
      const wrong = {
        ...parts,
        flags: parts.flags.map(([n, v]): [string, string | true] => [
          n,
          n === name ? "not-this-value" : v,
        ]),
      };
      const bad = buildCommand(q, wrong, "space");
      expect(messages(q, bad).join("\n"), bad).toMatch(new RegExp(`^\`${name}\` should be `, "m"));
    }
  });

  it("names a flag that is not needed, and a different command", () => {
    const extra = {
      ...parts,
      flags: [...parts.flags, ["--surely-not-a-flag", "x"] as [string, string]],
    };
    expect(messages(q, buildCommand(q, extra, "space"))).toContain(
      "`--surely-not-a-flag` is not needed here",
    );
    const other = q.program === "kubectl" ? "eksctl get cluster" : "kubectl get pods";
    expect(messages(q, other)).toEqual([
      `the command should start with \`${[q.program, ...q.path].join(" ")}\``,
    ]);
  });
});

describe.each(manifests.map((q) => [q.id, q] as const))("manifest exercise %s", (_id, q) => {
  it("grades every reference right, and the starter wrong", () => {
    for (const reference of q.references) expect(gradeAnswer(q, reference).problems).toEqual([]);
    expect(gradeAnswer(q, q.starter).correct).toBe(false);
  });

  it("grades the reference right with keys reordered, strings quoted and comments added", () => {
    for (const how of ["reorder", "quote", "comment"] as const) {
      const text = sameManifest(q.references[0] ?? "", how);
      expect(gradeAnswer(q, text).problems, `${how}:\n${text}`).toEqual([]);
    }
  });

  it("names what is missing when a required field is left out", () => {
    let tried = 0;
    q.documents.forEach((document, d) => {
      for (const rule of document.rules) {
        if ("absent" in rule) continue;
        const text = withoutPath(q.references[0] ?? "", d, q, rule);
        if (text === undefined) continue;
        tried++;
        const found = gradeAnswer(q, text).problems ?? [];
        expect(found.length, `${rule.path} left out:\n${text}`).toBeGreaterThan(0);
        const named = found.some((p) =>
          rule.message ? p.message.endsWith(rule.message) : p.message.includes(`\`${rule.path}\``),
        );
        expect(named, `${rule.path}: ${JSON.stringify(found)}`).toBe(true);
        expect(found.every((p) => p.line !== undefined && p.column !== undefined)).toBe(true);
      }
    });
    expect(tried).toBeGreaterThan(0);
  });

  it("names the kind that is missing when a document is of another kind", () => {
    const first = q.documents[0];
    if (!first) throw new Error("no document");
    const text = (q.references[0] ?? "").replace(
      new RegExp(`^kind: ${first.kind}$`, "m"),
      "kind: ConfigMap",
    );
    const found = messages(q, text);
    expect(found).toContain(`a ${first.kind} (${first.apiVersion}) is missing`);
  });
});
