import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProgressData } from "../../src/store/types.js";
import { FIXTURES, ROOT, VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];
const ANSWERS = join(FIXTURES, "answers");
const answers = (name: string) => join(ANSWERS, name);
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-quiz-"));
const progress = (home: string) =>
  JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as ProgressData;

interface ListJson {
  questions: {
    id: string;
    module: string;
    type: string;
    prompt: string;
    options: { key: string; text: string }[];
    select?: number;
    items?: { key: string; text: string }[];
  }[];
}

interface ResultJson {
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  passMark: number;
  results: {
    id: string;
    module: string;
    correct: boolean;
    unanswered: boolean;
    given: unknown;
    expected: unknown;
  }[];
}

describe("quiz --list", () => {
  it("prints every question of the scope without answers, as JSON", async () => {
    const { code, stdout, stderr } = await runCli(["quiz", "--list", "--json", ...pack]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const listed = JSON.parse(stdout) as ListJson;
    expect(listed.questions.map((q) => [q.id, q.module, q.type])).toEqual([
      ["basics-unit", "basics", "single"],
      ["basics-node-parts", "basics", "multiple"],
      ["networking-which-api", "networking", "categorize"],
    ]);
    expect(Object.keys(listed.questions[1] ?? {})).toEqual([
      "id",
      "module",
      "type",
      "prompt",
      "options",
      "select",
    ]);
    expect(listed.questions[1]?.select).toBe(2);
    expect(listed.questions[2]?.options.map((o) => o.key)).toEqual(["eks", "k8s"]);
    expect(listed.questions[2]?.items?.map((i) => i.key)).toEqual([
      "create-cluster",
      "create-deployment",
    ]);
    expect(stdout).not.toMatch(/correct|explanation|"category"|"why"/);
  });

  it("lists one module, or a seeded sample, the same way twice", async () => {
    const one = await runCli(["quiz", "--module", "networking", "--list", "--json", ...pack]);
    expect((JSON.parse(one.stdout) as ListJson).questions.map((q) => q.id)).toEqual([
      "networking-which-api",
    ]);
    const args = ["quiz", "--all", "--count", "2", "--seed", "11", "--list", "--json", ...pack];
    const first = await runCli(args);
    const again = await runCli(args);
    expect((JSON.parse(first.stdout) as ListJson).questions).toHaveLength(2);
    expect(again.stdout).toBe(first.stdout);
  });

  it("prints a readable list without --json, plain when piped", async () => {
    const { code, stdout } = await runCli(["quiz", "--module", "basics", "--list", ...pack]);
    expect(code).toBe(0);
    expect(stdout).toContain("basics-node-parts (basics, multiple, select two)");
    expect(stdout).toContain("    c: kube-proxy");
    expect(stdout).not.toContain("\u001b[");
  });
});

describe("quiz --answers", () => {
  it("grades a full answers file: exit 0, 100 percent, the JSON contract", async () => {
    const home = freshHome();
    const { code, stdout, stderr } = await runCli(
      ["quiz", "--answers", answers("all-correct.json"), "--json", ...pack],
      { env: { EKS_PRIMER_HOME: home } },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ResultJson;
    expect(result).toEqual({
      score: 3,
      total: 3,
      percent: 100,
      passed: true,
      passMark: 70,
      results: [
        {
          id: "basics-unit",
          module: "basics",
          correct: true,
          unanswered: false,
          given: "b",
          expected: "b",
        },
        {
          id: "basics-node-parts",
          module: "basics",
          correct: true,
          unanswered: false,
          given: ["a", "c"],
          expected: ["a", "c"],
        },
        {
          id: "networking-which-api",
          module: "networking",
          correct: true,
          unanswered: false,
          given: { "create-cluster": "eks", "create-deployment": "k8s" },
          expected: { "create-cluster": "eks", "create-deployment": "k8s" },
        },
      ],
    });
  });

  it("a script that answers from --list --json gets exit 0 and 100 percent", async () => {
    const listed = JSON.parse(
      (await runCli(["quiz", "--list", "--json", ...pack])).stdout,
    ) as ListJson;
    // The script knows the right keys by id (here, from the fixture); it answers in list order.
    const key = JSON.parse(readFileSync(answers("all-correct.json"), "utf8")) as Record<
      string,
      unknown
    >;
    const script = Object.fromEntries(listed.questions.map((q) => [q.id, key[q.id]]));
    const { code, stdout } = await runCli(
      ["quiz", "--answers", "-", "--json", "--no-save", ...pack],
      {
        stdin: JSON.stringify(script),
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ percent: 100, passed: true });
  });

  it("grades a whole 15-module course answered from --list --json: exit 0, 100 percent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eks-primer-pack-"));
    execFileSync(process.execPath, [join(ROOT, "test/helpers/synthetic-pack.mjs"), dir, "15", "6"]);
    const listed = JSON.parse(
      (await runCli(["quiz", "--list", "--json", "--content", dir])).stdout,
    ) as ListJson;
    expect(listed.questions).toHaveLength(90);
    // In the synthetic pack, option a (and b when two are asked) is right; items go in order.
    const script = Object.fromEntries(
      listed.questions.map((q) => [
        q.id,
        q.type === "single"
          ? "a"
          : q.type === "multiple"
            ? ["b", "a"]
            : Object.fromEntries((q.items ?? []).map((item, i) => [item.key, q.options[i]?.key])),
      ]),
    );
    const home = freshHome();
    const { code, stdout } = await runCli(["quiz", "--answers", "-", "--json", "--content", dir], {
      stdin: JSON.stringify(script),
      env: { EKS_PRIMER_HOME: home },
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ score: 90, total: 90, percent: 100, passed: true });
    expect(progress(home).attempts[0]?.modules).toHaveLength(15);
  });

  it("exits 1 when not passed, with the score line and one line per question", async () => {
    const { code, stdout, stderr } = await runCli([
      "quiz",
      "--answers",
      answers("some-wrong.yaml"),
      "--no-save",
      ...pack,
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      [
        "Score: 1 of 3 (33%), not passed (pass mark 70%)",
        "✔ basics-unit",
        "✖ basics-node-parts     gave a, b; expected a, c",
        "✖ networking-which-api  unanswered; expected create-cluster=eks,",
        "                        create-deployment=k8s",
        "",
      ].join("\n"),
    );
  });

  it("reports a left-out question as unanswered in JSON", async () => {
    const { code, stdout } = await runCli([
      "quiz",
      "--answers",
      answers("some-wrong.yaml"),
      "--json",
      "--no-save",
      ...pack,
    ]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as ResultJson;
    expect(result).toMatchObject({ score: 1, total: 3, percent: 33, passed: false });
    expect(result.results[2]).toEqual({
      id: "networking-which-api",
      module: "networking",
      correct: false,
      unanswered: true,
      given: null,
      expected: { "create-cluster": "eks", "create-deployment": "k8s" },
    });
  });

  it.each([
    ["70", 1],
    ["66", 0],
    ["67%", 0],
  ])("--pass-mark %s with 2 of 3 right: exit %i", async (mark, exit) => {
    const { code, stdout } = await runCli([
      "quiz",
      "--answers",
      answers("two-right.yaml"),
      "--pass-mark",
      mark,
      "--json",
      "--no-save",
      ...pack,
    ]);
    expect(code).toBe(exit);
    expect(JSON.parse(stdout)).toMatchObject({ passMark: Number.parseInt(mark, 10) });
  });

  it("reads YAML from standard input and grades one module", async () => {
    const { code, stdout } = await runCli(
      ["quiz", "--module", "basics", "--answers", "-", "--no-save", ...pack],
      { stdin: "basics-unit: b\nbasics-node-parts: [c, a]\n" },
    );
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("Score: 2 of 2 (100%), passed (pass mark 70%)");
  });

  it("records a scripted attempt with each question's revision", async () => {
    const home = freshHome();
    const now = new Date("2026-03-04T05:06:07.000Z");
    const { code } = await runCli(["quiz", "--answers", answers("some-wrong.yaml"), ...pack], {
      env: { EKS_PRIMER_HOME: home },
      now: () => now,
    });
    expect(code).toBe(1);
    const [attempt, ...more] = progress(home).attempts;
    expect(more).toEqual([]);
    expect(attempt).toMatchObject({
      kind: "quiz",
      mode: "scripted",
      at: "2026-03-04T05:06:07.000Z",
      modules: ["basics", "networking"],
      score: 1,
      total: 3,
      passMark: 70,
      passed: false,
    });
    expect(attempt?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(attempt?.results).toEqual([
      { question: "basics-unit", module: "basics", revision: 1, correct: true, given: "b" },
      {
        question: "basics-node-parts",
        module: "basics",
        revision: 2,
        correct: false,
        given: ["a", "b"],
      },
      { question: "networking-which-api", module: "networking", revision: 1, correct: false },
    ]);
  });

  it("records nothing with --no-save", async () => {
    const home = freshHome();
    const { code } = await runCli(
      ["quiz", "--answers", answers("all-correct.yaml"), "--no-save", ...pack],
      { env: { EKS_PRIMER_HOME: home } },
    );
    expect(code).toBe(0);
    expect(existsSync(join(home, "progress.json"))).toBe(false);
  });
});

describe("quiz --answers with invalid answers: exit 2, every problem, nothing recorded", () => {
  const rel = (name: string) => join("answers", name);
  // file, the problem lines printed under the error line
  const cases: [string, string[]][] = [
    [
      "unknown-question.yaml",
      [
        "answers/unknown-question.yaml:2:1: basics-unti: unknown question; did you mean basics-unit?",
      ],
    ],
    [
      "unknown-keys.yaml",
      [
        'answers/unknown-keys.yaml:1:1: basics-unit: unknown option "z" (options: a, b, c)',
        'answers/unknown-keys.yaml:2:24: basics-node-parts: unknown option "x" (options: a, b, c, d)',
        'answers/unknown-keys.yaml:4:3: networking-which-api: item "create-cluster": unknown category "aws"; did you mean eks or k8s? (categories: eks, k8s)',
        'answers/unknown-keys.yaml:5:3: networking-which-api: unknown item "delete-cluster"; did you mean create-cluster? (items: create-cluster, create-deployment)',
      ],
    ],
    [
      "wrong-count.yaml",
      [
        "answers/wrong-count.yaml:1:1: basics-node-parts: gives 3 options; the question says Select TWO (exactly 2)",
      ],
    ],
    [
      "wrong-shape.yaml",
      [
        'answers/wrong-shape.yaml:1:1: basics-unit: expects one option key such as "a", not a list',
        'answers/wrong-shape.yaml:2:1: basics-node-parts: expects a list of 2 option keys such as ["a", "b"], not the text "a"',
        'answers/wrong-shape.yaml:3:1: networking-which-api: expects a mapping of item to category such as {create-cluster: eks}, not the text "eks"',
      ],
    ],
    [
      "missing-item.yaml",
      [
        'answers/missing-item.yaml:1:1: networking-which-api: item "create-deployment" is not placed in a category',
      ],
    ],
    [
      "malformed.json",
      ["answers/malformed.json:4:3: YAML syntax error: Missing , between flow map items"],
    ],
    [
      "malformed.yaml",
      [
        "answers/malformed.yaml:3:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ],
    ],
    [
      "not-a-mapping.yaml",
      ["answers/not-a-mapping.yaml:1:1: expected a mapping of question id to answer, not a list"],
    ],
    [
      "empty.yaml",
      ["answers/empty.yaml: expected a mapping of question id to answer, not an empty file"],
    ],
  ];
  it.each(cases)("%s", async (name, lines) => {
    const home = freshHome();
    const { code, stdout, stderr } = await runCli(["quiz", "--answers", rel(name), ...pack], {
      cwd: FIXTURES,
      env: { EKS_PRIMER_HOME: home },
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const n = lines.length;
    expect(stderr).toBe(
      [
        `error: ${n} problem${n === 1 ? "" : "s"} in the answers in ${rel(name)}; nothing graded or recorded:`,
        ...lines.map((line) => `  ${line}`),
        "hint: eks-primer quiz --list --json shows each question with its keys",
        "",
      ].join("\n"),
    );
    expect(existsSync(join(home, "progress.json"))).toBe(false);
  });

  it("refuses an answer to a question outside the chosen modules", async () => {
    const { code, stderr } = await runCli([
      "quiz",
      "--module",
      "basics",
      "--answers",
      answers("all-correct.json"),
      ...pack,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "networking-which-api: not in this quiz (it is a question of module networking; add --module networking)",
    );
  });

  it("with --json also prints the problems as JSON on stdout", async () => {
    const { code, stdout } = await runCli(
      ["quiz", "--answers", "answers/wrong-count.yaml", "--json", ...pack],
      { cwd: FIXTURES },
    );
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: "invalid answers",
      file: "answers/wrong-count.yaml",
      problems: [
        {
          file: "answers/wrong-count.yaml",
          line: 1,
          column: 1,
          question: "basics-node-parts",
          message: "gives 3 options; the question says Select TWO (exactly 2)",
        },
      ],
    });
  });

  it("names a file that cannot be read", async () => {
    const { code, stderr } = await runCli(["quiz", "--answers", "nope.yaml", ...pack], {
      cwd: FIXTURES,
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      "error: cannot read answers file nope.yaml: no such file or folder\nhint: check the path given to --answers (use - for standard input)\n",
    );
  });

  it("names standard input as <stdin>", async () => {
    const { code, stderr } = await runCli(["quiz", "--answers", "-", ...pack], {
      stdin: '{"basics-unit": "q"}',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('  <stdin>:1:2: basics-unit: unknown option "q" (options: a, b, c)');
  });
});

describe("quiz usage errors: one line and a hint, exit 2", () => {
  it.each([
    [["--module", "networkin"], 'unknown module "networkin"', "did you mean networking?"],
    [["--module", "basics", "--all"], "--all and --module do not go together", "--all"],
    [["--list", "--answers", "x.yaml"], "--list and --answers do not go together", "--list --json"],
    [["--json"], "--json goes with --list or --answers", "--list --json"],
    [
      ["--pass-mark", "120", "--list"],
      '--pass-mark must be a whole number from 0 to 100, not "120"',
      "--pass-mark 80",
    ],
    [
      ["--count", "0", "--list"],
      '--count must be a whole number from 1 to 10000, not "0"',
      "--count 10",
    ],
    [
      ["--seed", "x", "--list"],
      '--seed must be a whole number from 0 to 4294967295, not "x"',
      "--seed 42",
    ],
    [[], "quiz needs a terminal to ask its questions", "--answers <file|->"],
    [["--module", "basics"], "quiz needs a terminal to ask its questions", "--answers <file|->"],
  ])("quiz %j", async (args, message, hint) => {
    const { code, stdout, stderr } = await runCli(["quiz", ...args, ...pack]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`error: ${message}`);
    expect(lines[1]).toMatch(/^hint: /);
    expect(lines[1]).toContain(hint);
  });
});
