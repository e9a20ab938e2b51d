// `practice init` and `practice check` end to end, with the built binary.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPack } from "../../src/content/loader.js";
import type { CommandQuestion, ManifestQuestion } from "../../src/content/model.js";
import { ROOT } from "../helpers/paths.js";
import { spawnCli } from "../helpers/spawn-cli.js";

interface Checked {
  solved: number;
  total: number;
  exercises: { id: string; file: string; solved: boolean; problems: { message: string }[] }[];
}

describe("practice init and check", () => {
  it("writes a workspace, grades it, never overwrites, records what is solved", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "eks-primer-practice-"));
    const env = { EKS_PRIMER_HOME: mkdtempSync(join(tmpdir(), "eks-primer-practice-home-")) };
    const init = spawnCli(["practice", "init", "--module", "storage"], { cwd, env });
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    const ws = join(cwd, "eks-primer-practice");
    expect(existsSync(join(ws, "README.md"))).toBe(true);
    expect(readFileSync(join(ws, "README.md"), "utf8")).toContain("eks-primer practice check");

    const first = spawnCli(["practice", "check", "--json"], { cwd, env });
    expect(first.code).toBe(1);
    const before = JSON.parse(first.stdout) as Checked;
    expect(before.solved).toBe(0);
    expect(before.total).toBeGreaterThanOrEqual(2);
    const files = before.exercises.map((e) => e.file);
    expect(files.some((f) => /^storage\/\d\d-[a-z0-9-]+\.sh$/.test(f))).toBe(true);
    expect(files.some((f) => /^storage\/\d\d-[a-z0-9-]+\.yaml$/.test(f))).toBe(true);

    // Solve every exercise with its reference answer, under the task's comments.
    const { course } = await loadPack(join(ROOT, "content"));
    const questions = course?.modules.flatMap((m) => m.questions) ?? [];
    for (const entry of before.exercises) {
      const q = questions.find((x) => x.id === entry.id) as CommandQuestion | ManifestQuestion;
      const file = join(ws, entry.file);
      const text = readFileSync(file, "utf8");
      const head = text
        .split("\n")
        .filter((l) => l.startsWith("#"))
        .join("\n");
      writeFileSync(file, `${head}\n${q.references[0] ?? ""}\n`);
    }
    const solvedFile = join(ws, before.exercises[0]?.file ?? "");
    const mine = readFileSync(solvedFile, "utf8");

    const again = spawnCli(["practice", "init", "--module", "storage"], { cwd, env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Wrote 0 files .*kept \d+ that exist/);
    expect(readFileSync(solvedFile, "utf8")).toBe(mine);

    const text = spawnCli(["practice", "check", "eks-primer-practice"], { cwd, env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${before.total} of ${before.total} solved`);

    const progress = spawnCli(["progress", "--json"], { cwd, env });
    const report = JSON.parse(progress.stdout) as { practice: { solved: number; total: number } };
    expect(report.practice.solved).toBe(before.total);
    expect(spawnCli(["progress"], { cwd, env }).stdout).toMatch(
      /Practice: \d+ of \d+ hands-on exercises solved\./,
    );
  });

  it("says a folder is not a workspace: exit 2, an error and a hint", () => {
    const cwd = mkdtempSync(join(tmpdir(), "eks-primer-practice-none-"));
    const run = spawnCli(["practice", "check"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^error: this folder is not a practice workspace \(no \.eks-primer-practice\.json\)\nhint: create one: eks-primer practice init\n$/,
    );
  });
});
