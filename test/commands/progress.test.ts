// progress, modules' progress columns, reset, export and import, through createProgram.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyProgress, type Attempt } from "../../src/store/types.js";
import { journalAttempts, storedProgress as stored } from "../helpers/journal.js";
import { FIXTURES, VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-progress-"));
const answers = (name: string) => join(FIXTURES, "answers", name);
const T0 = new Date("2026-11-20T10:00:00.000Z");
const at = (minutes: number) => () => new Date(T0.getTime() + minutes * 60_000);

/** A home with one lesson read and two quizzes: all right, then one of three right. */
async function homeWithHistory(): Promise<string> {
  const home = freshHome();
  const env = { EKS_PRIMER_HOME: home };
  expect(
    (await runCli(["quiz", "--answers", answers("all-correct.yaml"), ...pack], { env, now: at(0) }))
      .code,
  ).toBe(0);
  expect(
    (await runCli(["quiz", "--answers", answers("some-wrong.yaml"), ...pack], { env, now: at(5) }))
      .code,
  ).toBe(1);
  const data = stored(home);
  data.lessonsRead["basics/pods"] = T0.toISOString();
  writeFileSync(join(home, "progress.json"), JSON.stringify(data));
  return home;
}

describe("progress", () => {
  it("shows an empty store plainly, with where to start", async () => {
    const { code, stdout } = await runCli(["progress", ...pack], {
      env: { EKS_PRIMER_HOME: freshHome() },
    });
    expect(code).toBe(0);
    expect(stdout).toContain("basics");
    expect(stdout).toContain("Quizzes: none taken yet");
    expect(stdout).not.toContain("Exams:");
    expect(stdout).not.toContain("\u001b[");
  });

  it("reports scores per module, a sparkline and reviews due, as text and JSON", async () => {
    const home = await homeWithHistory();
    const env = { EKS_PRIMER_HOME: home };
    const json = await runCli(["stats", "--json", ...pack], { env, now: at(10) });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      modules: {
        id: string;
        best: number;
        last: number;
        attempts: number;
        scores: number[];
        due: number;
      }[];
      totals: { attempts: number; answered: number; correct: number; due: number };
    };
    const basics = report.modules.find((m) => m.id === "basics");
    expect(basics).toMatchObject({ best: 100, last: 50, attempts: 2, scores: [100, 50] });
    // The two missed questions (basics-node-parts, networking-which-api) are due a minute later.
    expect(report.totals).toMatchObject({ attempts: 2, answered: 6, correct: 4, due: 2 });
    expect(basics?.due).toBe(1);

    const text = await runCli(["progress", ...pack], {
      env: { ...env, COLUMNS: "100" },
      now: at(10),
    });
    expect(text.stdout).toMatch(/basics\s+\S+\s+1\/2\s+100%\s+50%\s+2\s+1\s+█▄/);
    expect(text.stdout).toContain("Review: 2 questions due now. Run: eks-primer review");
    for (const line of text.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });

  it("fits 60 columns by dropping the sparkline", async () => {
    const home = await homeWithHistory();
    const { stdout } = await runCli(["progress", ...pack], {
      env: { EKS_PRIMER_HOME: home, COLUMNS: "60" },
    });
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    expect(stdout).not.toContain("scores");
  });

  it("modules shows lessons read and the best score", async () => {
    const home = await homeWithHistory();
    const { stdout } = await runCli(["modules", "--json", ...pack], {
      env: { EKS_PRIMER_HOME: home },
    });
    const info = JSON.parse(stdout) as {
      modules: { id: string; lessonsRead: number; best: number | null }[];
    };
    expect(info.modules.map((m) => [m.id, m.lessonsRead, m.best])).toEqual([
      ["basics", 1, 100],
      ["networking", 0, 100],
    ]);
  });
});

describe("reset", () => {
  it("refuses without a terminal unless --yes, and erases nothing", async () => {
    const home = await homeWithHistory();
    const before = readFileSync(join(home, "progress.json"), "utf8");
    const { code, stderr } = await runCli(["reset", ...pack], { env: { EKS_PRIMER_HOME: home } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: reset would erase all your progress .* it needs --yes\nhint: /);
    expect(readFileSync(join(home, "progress.json"), "utf8")).toBe(before);
  });

  it("--module forgets one module and keeps the rest of each attempt", async () => {
    const home = await homeWithHistory();
    const { code, stdout } = await runCli(["reset", "--module", "basics", "--yes", ...pack], {
      env: { EKS_PRIMER_HOME: home },
    });
    expect(code).toBe(0);
    expect(stdout).toContain("Erased your progress in basics");
    const data = stored(home);
    expect(data.lessonsRead).toEqual({});
    expect(data.scores["basics"]).toBeUndefined();
    expect(data.totals).toEqual({ attempts: 2, answered: 2, correct: 1 });
    expect(journalAttempts(home).map((a) => [a.modules, a.score, a.total])).toEqual([
      [["networking"], 1, 1],
      [["networking"], 0, 1],
    ]);
    expect(Object.keys(data.cards)).toEqual(["networking-which-api"]);
  });

  it("suggests the nearest module for a typo", async () => {
    const { code, stderr } = await runCli(["reset", "--module", "basic", "--yes", ...pack], {
      env: { EKS_PRIMER_HOME: freshHome() },
    });
    expect(code).toBe(2);
    expect(stderr).toContain("did you mean basics?");
  });

  it("--yes erases everything", async () => {
    const home = await homeWithHistory();
    expect(
      (await runCli(["reset", "--yes", ...pack], { env: { EKS_PRIMER_HOME: home } })).code,
    ).toBe(0);
    expect(stored(home)).toEqual(emptyProgress());
    expect(journalAttempts(home)).toEqual([]);
  });
});

describe("export and import", () => {
  it("moves progress to another machine, and importing twice adds nothing", async () => {
    const home = await homeWithHistory();
    const file = join(freshHome(), "export.json");
    const exported = await runCli(["export", "-o", file, ...pack], {
      env: { EKS_PRIMER_HOME: home },
    });
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain("Exported 2 attempts and 1 lesson read");

    const other = freshHome();
    const env = { EKS_PRIMER_HOME: other };
    await runCli(["quiz", "--answers", answers("two-right.yaml"), ...pack], { env });
    const first = await runCli(["import", file, ...pack], { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Imported from .*: 1 lesson read, 2 attempts/);
    expect(journalAttempts(other)).toHaveLength(3);
    expect(stored(other).totals.attempts).toBe(3);
    const again = await runCli(["import", file, ...pack], { env });
    expect(again.stdout).toContain("Nothing new in");
    expect(journalAttempts(other)).toHaveLength(3);
    expect(stored(other).totals.attempts).toBe(3);
  });

  it("export writes to stdout by default", async () => {
    const home = await homeWithHistory();
    const { stdout } = await runCli(["export"], { env: { EKS_PRIMER_HOME: home } });
    const body = JSON.parse(stdout) as { format: string; progress: { attempts: Attempt[] } };
    expect(body.format).toBe("eks-primer-progress");
    expect(body.progress.attempts).toHaveLength(2);
  });

  it("refuses to export over a folder with one line and exit 2, leaving nothing beside it", async () => {
    const parent = freshHome();
    const folder = join(parent, "reports");
    mkdirSync(folder);
    const { code, stderr } = await runCli(["export", "-o", "reports"], { cwd: parent });
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(
      /^error: cannot write reports: it is a folder, not a file$/,
    );
    expect(stderr).toContain("hint: give the path of a file in it, not the folder itself");
    expect(readdirSync(parent)).toEqual(["reports"]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it.each([
    ["broken.json", /^error: .*broken\.json:5:3: not valid JSON/],
    ["wrong-format.json", /not an eks-primer export \(format "something-else"\)/],
    ["invalid-progress.json", /a problem in .*invalid-progress\.json; nothing imported:$/],
    ["missing.json", /cannot read .*missing\.json: no such file or folder/],
  ])("refuses %s with one line and exit 2, changing nothing", async (name, message) => {
    const home = freshHome();
    writeFileSync(join(home, "progress.json"), JSON.stringify(emptyProgress()));
    const { code, stderr } = await runCli(["import", join(FIXTURES, "progress", name)], {
      env: { EKS_PRIMER_HOME: home },
    });
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(message);
    expect(stderr).toMatch(/\nhint: /);
    expect(stored(home)).toEqual(emptyProgress());
    expect(journalAttempts(home)).toEqual([]);
  });
});

describe("import checks what it is given before trusting it", () => {
  const NOW = new Date("2026-11-20T10:00:00.000Z");
  const card = {
    question: "basics-unit",
    module: "basics",
    revision: 1,
    due: "2026-11-21T10:00:00.000Z",
    stability: 2.3,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    last_review: "2026-11-20T09:00:00.000Z",
  };
  const attempt = {
    id: "a1",
    kind: "quiz",
    mode: "scripted",
    at: "2026-11-20T09:00:00.000Z",
    durationMs: 1,
    modules: ["basics"],
    score: 1,
    total: 1,
    passMark: 70,
    passed: true,
    results: [{ question: "basics-unit", module: "basics", revision: 1, correct: true }],
  };
  interface Exported {
    version: number;
    lessonsRead: Record<string, string>;
    cards: { "basics-unit": typeof card };
    attempts: [typeof attempt];
  }
  function exportFile(change: (progress: Exported) => void): string {
    const progress: Exported = {
      version: 2,
      lessonsRead: {},
      cards: { "basics-unit": { ...card } },
      attempts: [{ ...attempt }],
    };
    change(progress);
    const file = join(freshHome(), "export.json");
    writeFileSync(file, JSON.stringify({ format: "eks-primer-progress", progress }, null, 1));
    return file;
  }

  it.each([
    [
      "a review three days ahead",
      (p: Exported) => (p.cards["basics-unit"].last_review = "2026-11-23T10:00:00Z"),
      "progress.cards.basics-unit.last_review: 2026-11-23T10:00:00Z is in the future",
    ],
    [
      "an attempt in the future",
      (p: Exported) => (p.attempts[0].at = "2027-01-01T00:00:00Z"),
      "progress.attempts.0.at: 2027-01-01T00:00:00Z is in the future",
    ],
    [
      "an invalid date",
      (p: Exported) => (p.lessonsRead["basics/pods"] = "yesterday"),
      'progress.lessonsRead.basics/pods: "yesterday" is not a date',
    ],
    [
      "a difficulty out of range",
      (p: Exported) => (p.cards["basics-unit"].difficulty = 42),
      "progress.cards.basics-unit.difficulty: 42 is out of range (0 to 10)",
    ],
    [
      "a negative stability",
      (p: Exported) => (p.cards["basics-unit"].stability = -1),
      "progress.cards.basics-unit.stability: -1 is out of range",
    ],
  ])(
    "refuses %s with file:path: problem and exit 2, importing nothing",
    async (_, change, problem) => {
      const home = freshHome();
      const file = exportFile(change);
      const { code, stderr } = await runCli(["import", file, ...pack], {
        env: { EKS_PRIMER_HOME: home },
        now: () => NOW,
      });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error: a problem in .*; nothing imported:\n/);
      expect(stderr).toContain(`  ${file}:${problem}`);
      expect(stderr).toMatch(/\nhint: /);
      expect(journalAttempts(home)).toEqual([]);
      expect(readdirSync(home).filter((f) => f.startsWith("progress."))).toEqual([]);
    },
  );

  it("allows a day of clock skew, and importing the same file twice adds nothing", async () => {
    const home = freshHome();
    const file = exportFile((p) => (p.attempts[0].at = "2026-11-20T20:00:00.000Z"));
    const env = { EKS_PRIMER_HOME: home };
    const first = await runCli(["import", file, ...pack], { env, now: () => NOW });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("1 attempt, 1 review card");
    const again = await runCli(["import", file, ...pack], { env, now: () => NOW });
    expect(again.stdout).toContain("Nothing new in");
    expect(journalAttempts(home).map((a) => a.id)).toEqual(["a1"]);
  });

  it("restarts a card the scheduler cannot go on from, with a notice, and keeps the attempt", async () => {
    const home = freshHome();
    const env = { EKS_PRIMER_HOME: home };
    // A store written while the clock was three days ahead (not an import: that is refused).
    const progress = {
      ...emptyProgress(),
      cards: { "basics-unit": { ...card, last_review: "2026-11-23T10:00:00Z" } },
    };
    writeFileSync(join(home, "progress.json"), JSON.stringify(progress));
    const quiz = await runCli(["quiz", "--answers", answers("all-correct.yaml"), ...pack], {
      env,
      now: () => NOW,
    });
    expect(quiz.stderr).toMatch(/note: the review card of basics-unit .* starts afresh/);
    expect(quiz.code).toBe(0);
    expect(journalAttempts(home)).toHaveLength(1);
    expect(stored(home).cards["basics-unit"]?.reps).toBe(1);
  });
});
