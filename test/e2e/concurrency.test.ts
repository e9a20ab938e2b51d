// Concurrent writers: separate processes of the built binary sharing one progress store.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Attempt } from "../../src/store/types.js";
import { BIN } from "../helpers/paths.js";
import { spawnCli } from "../helpers/spawn-cli.js";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the progress store under concurrent runs", () => {
  it.each([20, 50])(
    "loses nothing when %i scripted quizzes are graded at once",
    async (n) => {
      const home = mkdtempSync(join(tmpdir(), "eks-primer-concurrent-"));
      const env = { EKS_PRIMER_HOME: home };
      const listed = spawnCli(["quiz", "--module", "intro", "--list", "--json"], { env });
      expect(listed.code).toBe(0);
      const { questions } = JSON.parse(listed.stdout) as {
        questions: { id: string; type: string; options: { key: string }[] }[];
      };
      // The first option of every single-choice question; the others are left unanswered.
      const answers = Object.fromEntries(
        questions.filter((q) => q.type === "single").map((q) => [q.id, q.options[0]?.key]),
      );
      const file = join(home, "answers.json");
      writeFileSync(file, JSON.stringify(answers));

      const runs = await Promise.all(
        Array.from({ length: n }, () =>
          start(["quiz", "--module", "intro", "--answers", file, "--json"], env),
        ),
      );
      for (const run of runs) {
        expect(run.stderr).toBe("");
        expect([0, 1]).toContain(run.code);
        expect(JSON.parse(run.stdout)).toMatchObject({ total: questions.length });
      }

      const exported = spawnCli(["export"], { env });
      expect(exported.code).toBe(0);
      const { progress } = JSON.parse(exported.stdout) as { progress: { attempts: Attempt[] } };
      expect(progress.attempts).toHaveLength(n);
      expect(new Set(progress.attempts.map((a) => a.id)).size).toBe(n);
      const report = spawnCli(["progress", "--json"], { env });
      expect(JSON.parse(report.stdout)).toMatchObject({ totals: { attempts: n } });
      for (const attempt of progress.attempts) {
        expect(attempt).toMatchObject({ kind: "quiz", mode: "scripted", modules: ["intro"] });
      }
    },
    120_000,
  );
});
