// validate's item-writing checks: one fixture pack per warning, each a variant of a clean pack.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPack } from "../../src/content/loader.js";
import { FIXTURES } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const PACKS = join(FIXTURES, "packs", "item-writing");

const cases: [name: string, where: string, message: RegExp][] = [
  [
    "length-ratio",
    "basics/module.yaml:16:25",
    /"basics-q1" is 1\.9 times as long as the longest wrong one/,
  ],
  [
    "longest-share",
    "course.yaml:1:1",
    /strictly the longest in 86% of 7 choice questions \(limit 30%\)/,
  ],
  [
    "length-rank-skew",
    "course.yaml:1:1",
    /100% of the right answers of single-choice questions are the 2nd longest option/,
  ],
  [
    "position-skew",
    "course.yaml:1:1",
    /100% of the right answers of single-choice questions are option 1/,
  ],
  ["duplicate-option", "basics/module.yaml:29:25", /option "c" of "basics-q2" repeats option "a"/],
  ["catch-all", "basics/module.yaml:39:25", /option "b" of "basics-q3" is a catch-all/],
  [
    "categorize-no-why",
    "basics/module.yaml:98:9",
    /item "etcd" of "basics-sort" has no why of its own/,
  ],
  ["untaught-lesson", "basics/module.yaml:9:9", /lesson "services" is taught by no question/],
  [
    "few-questions",
    "basics/module.yaml:10:3",
    /module "basics" has 7 questions; a module needs at least 8/,
  ],
];

describe("item-writing warnings", () => {
  it("finds nothing to say about the clean pack", async () => {
    const { report } = await loadPack(join(PACKS, "clean"));
    expect(report.diagnostics).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it.each(cases)("%s: warns at %s", async (name, where, message) => {
    const dir = join(PACKS, name);
    const { course, report } = await loadPack(dir);
    expect(course).toBeDefined();
    const warnings = report.warnings.map(
      (w) => `${w.file.slice(dir.length + 1)}:${w.line}:${w.column}: ${w.message}`,
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(new RegExp(`^${where}: .*${message.source}`)),
    );
    for (const w of report.warnings) expect(w.hint).toBeTruthy();
  });

  it("lists each question whose right option is the longest once the pack has too many", async () => {
    const dir = join(PACKS, "longest-share");
    const { report } = await loadPack(dir);
    const lines = report.warnings.map((w) => `${w.line}:${w.column}: ${w.message}`);
    for (const [n, line] of [16, 28, 40, 52, 61, 73].entries()) {
      expect(lines).toContain(
        `${line}:25: the right option of "basics-q${n + 1}" is strictly the longest`,
      );
    }
    // The clean pack has one such question out of seven: within the limit, so not listed.
    const clean = await loadPack(join(PACKS, "clean"));
    expect(clean.report.items.longestRight).toBe(1);
    expect(clean.report.warnings).toEqual([]);
  });

  it("has a case for every fixture", () => {
    expect(readdirSync(PACKS).sort()).toEqual(["clean", ...cases.map(([name]) => name)].sort());
  });
});

describe("validate --strict", () => {
  it("exits 0 on the clean pack", async () => {
    const run = await runCli(["validate", "--strict", join(PACKS, "clean")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/valid \(1 modules, 2 lessons, 8 questions/);
  });

  it.each(cases)(
    "%s: a warning (exit 0) without --strict, a problem (exit 1) with it",
    async (name, where) => {
      const dir = join(PACKS, name);
      const plain = await runCli(["validate", dir], { cwd: dir });
      expect(plain.code).toBe(0);
      expect(plain.stdout).toContain(`${where}: warning: `);
      const strict = await runCli(["validate", "--strict", dir], { cwd: dir });
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain(`${where}: `);
      expect(strict.stdout).not.toContain("warning:");
      expect(strict.stdout).toMatch(/✖ \d+ problems? in \d+ files?/);
    },
  );

  it("reports the warnings and the pack's figures in JSON", async () => {
    const run = await runCli(["validate", "--json", join(PACKS, "position-skew")]);
    const json = JSON.parse(run.stdout) as {
      valid: boolean;
      warnings: { message: string }[];
      items: { single: { counts: number[]; total: number } };
    };
    expect(json.valid).toBe(true);
    expect(json.warnings).toHaveLength(1);
    expect(json.items.single).toEqual({ counts: [6], total: 6 });
  });
});
