// review and exam through createProgram, with a controlled clock; JUnit reports.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { FIXTURES, VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-review-"));
const answers = (name: string) => join(FIXTURES, "answers", name);
const T0 = new Date("2026-11-20T10:00:00.000Z");
const at = (minutes: number) => () => new Date(T0.getTime() + minutes * 60_000);

interface DueJson {
  due: { id: string; module: string; due: string }[];
  nextDue: string | null;
}

describe("review", () => {
  it("says there is nothing to review before any quiz", async () => {
    const { code, stdout } = await runCli(["review", ...pack]);
    expect(code).toBe(0);
    expect(stdout).toContain("Nothing to review yet");
  });

  it("lists the missed questions as due a little later, the right one days later", async () => {
    const env = { EKS_PRIMER_HOME: freshHome() };
    await runCli(["quiz", "--answers", answers("some-wrong.yaml"), ...pack], { env, now: at(0) });
    // Nothing is due yet, but the misses come due within 20 minutes: review learns ahead.
    const soon = JSON.parse(
      (await runCli(["review", "--list", "--json", ...pack], { env, now: at(0) })).stdout,
    ) as DueJson & { learnAhead: boolean };
    expect(soon.learnAhead).toBe(true);
    expect(soon.due.map((d) => d.id).sort()).toEqual(["basics-node-parts", "networking-which-api"]);
    const soonText = await runCli(["review", "--list", ...pack], { env, now: at(0) });
    expect(soonText.stdout).toContain(
      "Nothing is due now; learning ahead: 2 questions due within the next 20 minutes",
    );
    // A card due in more than 20 minutes is not learned ahead.
    const rightOnly = { EKS_PRIMER_HOME: freshHome() };
    await runCli(["quiz", "--answers", answers("all-correct.yaml"), ...pack], {
      env: rightOnly,
      now: at(0),
    });
    const none = JSON.parse(
      (await runCli(["review", "--list", "--json", ...pack], { env: rightOnly, now: at(0) }))
        .stdout,
    ) as DueJson & { learnAhead: boolean };
    expect(none).toMatchObject({ due: [], learnAhead: false });
    const later = JSON.parse(
      (await runCli(["review", "--list", "--json", ...pack], { env, now: at(5) })).stdout,
    ) as DueJson;
    expect(later.due.map((d) => d.id).sort()).toEqual([
      "basics-node-parts",
      "networking-which-api",
    ]);
    expect((later as DueJson & { learnAhead: boolean }).learnAhead).toBe(false);
    expect(Date.parse(later.nextDue ?? "")).toBeGreaterThan(at(24 * 60)().getTime());
    const one = JSON.parse(
      (
        await runCli(["review", "--list", "--json", "-m", "networking", ...pack], {
          env,
          now: at(5),
        })
      ).stdout,
    ) as DueJson;
    expect(one.due.map((d) => d.id)).toEqual(["networking-which-api"]);
    const text = await runCli(["review", "--list", ...pack], { env, now: at(5) });
    expect(text.stdout).toMatch(/basics-node-parts \(basics\): Which of these run on every node/);
    expect(text.stdout).toMatch(/2 due now; the next question is due in 2 days\./);
  });

  it("refuses to ask without a terminal when questions are due: exit 2 and a hint", async () => {
    const env = { EKS_PRIMER_HOME: freshHome() };
    await runCli(["quiz", "--answers", answers("some-wrong.yaml"), ...pack], { env, now: at(0) });
    const { code, stderr } = await runCli(["review", ...pack], { env, now: at(5) });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^error: 2 questions are due, and review needs a terminal to ask them\nhint: /,
    );
  });

  it("right answers in a later quiz empty the due list", async () => {
    const env = { EKS_PRIMER_HOME: freshHome() };
    await runCli(["quiz", "--answers", answers("some-wrong.yaml"), ...pack], { env, now: at(0) });
    await runCli(["quiz", "--answers", answers("all-correct.yaml"), ...pack], { env, now: at(5) });
    const { stdout } = await runCli(["review", ...pack], { env, now: at(6) });
    expect(stdout).toMatch(
      /^Nothing is due for review now; the next question is due in \d+ (hours|days)\./,
    );
  });
});

describe("exam, scripted", () => {
  const listed = async (seed: string, count = "2") =>
    JSON.parse(
      (await runCli(["exam", "--seed", seed, "--count", count, "--list", "--json", ...pack]))
        .stdout,
    ) as { questions: { id: string; module: string; options: { key: string }[] }[] };

  it("lists the same sample for the same seed", async () => {
    const a = await listed("7");
    expect(a.questions).toHaveLength(2);
    expect(await listed("7")).toEqual(a);
  });

  it("needs the seed to grade answers", async () => {
    const { code, stderr } = await runCli([
      "exam",
      "--answers",
      answers("all-correct.yaml"),
      ...pack,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: exam --answers needs the --seed/);
  });

  it("grades with the quiz's contract and records an exam attempt", async () => {
    const home = freshHome();
    const { code, stdout } = await runCli(
      [
        "exam",
        "--seed",
        "3",
        "--count",
        "3",
        "--answers",
        answers("all-correct.yaml"),
        "--json",
        ...pack,
      ],
      { env: { EKS_PRIMER_HOME: home } },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ score: 3, total: 3, percent: 100, passed: true });
    const stored = JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as {
      attempts: { kind: string; mode: string }[];
    };
    expect(stored.attempts).toMatchObject([{ kind: "exam", mode: "scripted" }]);
  });

  it("refuses a bad --time with an example", async () => {
    const { code, stderr } = await runCli(["exam", "--time", "soon", ...pack]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: --time must be minutes \(45, 45m\) or seconds \(90s\)/);
  });
});

describe("JUnit reports", () => {
  it("writes valid JUnit XML whose counts match the JSON result; the score still goes to the terminal", async () => {
    const dir = freshHome();
    const report = join(dir, "report.xml");
    const args = ["quiz", "--all", "--answers", answers("some-wrong.yaml"), "--no-save", ...pack];
    const junit = await runCli([...args, "--format", "junit", "--output", report]);
    expect(junit.code).toBe(1);
    expect(junit.stdout).toBe("");
    expect(junit.stderr).toMatch(/^Score: 1 of 3 \(33%\), not passed .*\(report: .*report\.xml\)/);
    const xml = readFileSync(report, "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const json = JSON.parse((await runCli([...args, "--json"])).stdout) as {
      total: number;
      score: number;
      results: { id: string; correct: boolean }[];
    };
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ["testsuite", "testcase"].includes(name),
    }).parse(xml) as {
      testsuites: {
        "@_tests": string;
        "@_failures": string;
        testsuite: {
          "@_name": string;
          testcase: { "@_name": string; failure?: { "@_message": string } }[];
        }[];
      };
    };
    expect(Number(doc.testsuites["@_tests"])).toBe(json.total);
    expect(Number(doc.testsuites["@_failures"])).toBe(json.total - json.score);
    expect(doc.testsuites.testsuite.map((s) => s["@_name"])).toEqual(["basics", "networking"]);
    const cases = doc.testsuites.testsuite.flatMap((s) => s.testcase);
    expect(cases.map((c) => [c["@_name"], c.failure === undefined])).toEqual(
      json.results.map((r) => [r.id, r.correct]),
    );
    expect(cases[1]?.failure?.["@_message"]).toBe("expected a, c, given a, b");
  });

  it("refuses --format without --answers or --list", async () => {
    const { code, stderr } = await runCli(["quiz", "--format", "junit", ...pack]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: --format junit goes with --list or --answers/);
  });
});
