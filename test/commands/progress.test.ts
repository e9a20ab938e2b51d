// progress, modules' progress columns, reset, export and import, through createProgram.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProgressData } from "../../src/store/types.js";
import { FIXTURES, VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-progress-"));
const answers = (name: string) => join(FIXTURES, "answers", name);
const stored = (home: string) =>
  JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as ProgressData;
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
    expect(data.attempts.map((a) => [a.modules, a.score, a.total])).toEqual([
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
    expect(stored(home)).toEqual({ version: 1, lessonsRead: {}, attempts: [], cards: {} });
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
    expect(stored(other).attempts).toHaveLength(3);
    const again = await runCli(["import", file, ...pack], { env });
    expect(again.stdout).toContain("Nothing new in");
    expect(stored(other).attempts).toHaveLength(3);
  });

  it("export writes to stdout by default", async () => {
    const home = await homeWithHistory();
    const { stdout } = await runCli(["export"], { env: { EKS_PRIMER_HOME: home } });
    const body = JSON.parse(stdout) as { format: string; progress: ProgressData };
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
    ["invalid-progress.json", /not valid progress: attempts:/],
    ["missing.json", /cannot read .*missing\.json: no such file or folder/],
  ])("refuses %s with one line and exit 2, changing nothing", async (name, message) => {
    const home = freshHome();
    writeFileSync(
      join(home, "progress.json"),
      JSON.stringify({ version: 1, lessonsRead: {}, attempts: [], cards: {} }),
    );
    const { code, stderr } = await runCli(["import", join(FIXTURES, "progress", name)], {
      env: { EKS_PRIMER_HOME: home },
    });
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(message);
    expect(stderr).toMatch(/\nhint: /);
    expect(stored(home).attempts).toEqual([]);
  });
});
