// Bad input from outside, through the program: every case a designed error (one error: line, one
// hint: line, exit 2), never a stack trace, never a raw control byte, never a lost store.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];
const temp = () => mkdtempSync(join(tmpdir(), "eks-primer-hostile-"));
const answers = join(FIXTURES, "answers", "all-correct.yaml");
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f]/;

function sparse(path: string, bytes: number): string {
  writeFileSync(path, "");
  truncateSync(path, bytes);
  return path;
}

/** A file under a file: a home that cannot be a folder. */
function underAFile(): string {
  const dir = temp();
  writeFileSync(join(dir, "file"), "");
  return join(dir, "file", "home");
}

const bigAnswers = sparse(join(temp(), "answers.yaml"), 6 * 1024 * 1024);
const bigImport = sparse(join(temp(), "export.json"), 201 * 1024 * 1024);

// One line per case: the command line, its environment, and the error and hint it must print.
const cases: [
  name: string,
  args: string[],
  options: Parameters<typeof runCli>[1],
  error: string | RegExp,
  hint: string | RegExp,
][] = [
  [
    "EKS_PRIMER_HOME=/dev/null",
    ["progress", ...pack],
    { env: { EKS_PRIMER_HOME: "/dev/null" } },
    "cannot keep progress in /dev/null: it is a file, not a folder",
    "set EKS_PRIMER_HOME to a folder you can write (it is created when missing)",
  ],
  [
    "a home under a file",
    ["quiz", "--answers", answers, ...pack],
    { env: { EKS_PRIMER_HOME: underAFile() } },
    /^cannot keep progress in \/.*\/file\/home: a part of the path is a file, not a folder$/,
    "set EKS_PRIMER_HOME to a folder you can write (it is created when missing)",
  ],
  [
    "--answers - from a closed standard input",
    ["quiz", "--answers", "-", ...pack],
    { stdinError: Object.assign(new Error("bad file descriptor"), { code: "EBADF" }) },
    "cannot read standard input: it is closed",
    "pipe the answers in: eks-primer quiz --answers - < answers.yaml",
  ],
  [
    "search for a 100,000-character word",
    ["search", "a".repeat(100_000), ...pack],
    {},
    "the search is 100,000 characters long; the limit is 1,000 characters",
    "search for a few words: eks-primer search karpenter",
  ],
  [
    "answers over 5 MB on standard input",
    ["quiz", "--answers", "-", ...pack],
    { stdin: `# ${"x".repeat(5 * 1024 * 1024)}\n` },
    "standard input is over 5 MB, the limit for an answers file",
    "an answers file holds one short answer per question: check what you gave to --answers",
  ],
  [
    "an answers file over 5 MB",
    ["quiz", "--answers", bigAnswers, ...pack],
    {},
    `${bigAnswers} is over 5 MB, the limit for an answers file`,
    "an answers file holds one short answer per question: check what you gave to --answers",
  ],
  [
    "an import file over 200 MB",
    ["import", bigImport],
    {},
    `${bigImport} is over 200 MB, the limit for an import file`,
    "give the file written by eks-primer export",
  ],
  [
    "import of a file that clears the screen",
    ["import", join(FIXTURES, "hostile", "clear-screen.json")],
    {},
    /^.*clear-screen\.json(:1:1)?: not valid JSON \(Unexpected token .*\\x1b\[2J\\x1b\[H.*\)$/,
    "give a file written by eks-primer export (or a progress.json)",
  ],
];

describe("designed errors for hostile input", () => {
  it.each(cases)("%s", async (_name, args, options, error, hint) => {
    const { code, stdout, stderr } = await runCli(args, options);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]?.replace(/^error: /, "")).toMatch(
      typeof error === "string" ? new RegExp(`^${escape(error)}$`) : error,
    );
    expect(lines[1]?.replace(/^hint: /, "")).toMatch(
      typeof hint === "string" ? new RegExp(`^${escape(hint)}$`) : hint,
    );
    expect(stderr).not.toMatch(RAW);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("answers files", () => {
  it("show keys with terminal sequences as escapes, never raw", async () => {
    const { code, stderr } = await runCli(["quiz", "--answers", "-", ...pack], {
      stdin: '{"\\u001b]52;c;aGk=\\u0007": b, "x\\u001b[2J\\u202e": b}',
    });
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW);
    expect(stderr).toContain("<stdin>:1:2: \\x1b]52;c;aGk=\\x07: unknown question");
    expect(stderr).toContain("x\\x1b[2J\\u202e: unknown question");
  });

  it("list at most 50 problems, then count the rest, in text and JSON", async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `nope-${i}: a`).join("\n");
    const text = await runCli(["quiz", "--answers", "-", ...pack], { stdin: ids });
    expect(text.code).toBe(2);
    const lines = text.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "error: 60 problems in the answers in <stdin>; nothing graded or recorded:",
    );
    expect(lines.slice(1, -2)).toHaveLength(50);
    expect(lines.at(-2)).toBe("  ... and 10 more");
    const json = await runCli(["quiz", "--answers", "-", "--json", ...pack], { stdin: ids });
    const body = JSON.parse(json.stdout) as { problems: unknown[]; omitted: number };
    expect(body.problems).toHaveLength(50);
    expect(body.omitted).toBe(10);
  });

  it("are checked in one pass: 5,000 unknown ids are refused (20,000 took 6.6 s when the check was quadratic), listed 50 at a time", async () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `q-${i}: a`).join("\n");
    const { code, stderr } = await runCli(["quiz", "--answers", "-", ...pack], { stdin: ids });
    expect(code).toBe(2);
    expect(stderr).toContain("  ... and 4950 more\n");
  });

  it("refuse a key given twice", async () => {
    const { code, stderr } = await runCli(["quiz", "--answers", "-", ...pack], {
      stdin: "basics-unit: b\nbasics-unit: a\n",
    });
    expect(code).toBe(2);
    expect(stderr).toContain(
      '<stdin>:2:1: YAML: map keys must be unique ("basics-unit" is given twice)',
    );
  });
});

describe("--output and export -o", () => {
  async function homeWithAttempt(): Promise<string> {
    const home = temp();
    const first = await runCli(["quiz", "--answers", answers, ...pack], {
      env: { EKS_PRIMER_HOME: home },
    });
    expect(first.code).toBe(0);
    return home;
  }

  const targets: [name: string, target: (home: string) => string][] = [
    ["the progress file", (home) => join(home, "progress.json")],
    ["the summary cache", (home) => join(home, "progress.summary.json")],
    ["the lock", (home) => join(home, "progress.json.lock")],
    ["a journal", (home) => join(home, "progress.journal")],
    [
      "a link to the progress file",
      (home) => {
        const link = join(temp(), "report.xml");
        symlinkSync(join(home, "progress.json"), link);
        return link;
      },
    ],
  ];

  it.each(targets)("refuse %s, before anything is graded or written", async (_name, target) => {
    const home = await homeWithAttempt();
    const before = readFileSync(join(home, "progress.json"), "utf8");
    const file = target(home);
    for (const args of [
      ["quiz", "--answers", answers, "--format", "junit", "--output", file, ...pack],
      ["export", "-o", file],
    ]) {
      const { code, stderr } = await runCli(args, { env: { EKS_PRIMER_HOME: home } });
      expect(code).toBe(2);
      expect(stderr).toMatch(
        /^error: will not write .*: it is in the progress folder .*, which holds eks-primer's own files\nhint: write it to a file outside that folder\n$/,
      );
    }
    expect(readFileSync(join(home, "progress.json"), "utf8")).toBe(before);
  });

  it("refuse a folder, and leave no temporary file beside it", async () => {
    const parent = temp();
    const folder = join(parent, "reports");
    mkdirSync(folder);
    const { code, stderr } = await runCli(
      ["quiz", "--answers", answers, "--output", folder, ...pack],
      {},
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      `error: cannot write ${folder}: it is a folder, not a file\nhint: give the path of a file in it, not the folder itself\n`,
    );
    expect(readdirSync(parent)).toEqual(["reports"]);
  });

  it("still write a report where the user may write", async () => {
    const file = join(temp(), "report.xml");
    const { code } = await runCli([
      "quiz",
      "--answers",
      answers,
      "--format",
      "junit",
      "--output",
      file,
      ...pack,
    ]);
    expect(code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });
});

describe("lessons too big or too deep for the renderer", () => {
  function packWithLesson(write: (file: string) => void): string {
    const dir = join(temp(), "pack");
    cpSync(VALID_PACK, dir, { recursive: true });
    write(join(dir, "basics", "pods.md"));
    return dir;
  }

  const lessons: [name: string, write: (file: string) => void, line: RegExp][] = [
    [
      "a 10 MB lesson",
      (file) => sparse(file, 10 * 1024 * 1024),
      /module\.yaml:5:9: basics\/pods\.md is 10\.0 MB; a file of a content pack may be at most 1 MB$/m,
    ],
    [
      "block quotes 500,000 deep",
      (file) =>
        writeFileSync(file, `A **pod** is one or more containers.\n\n${">".repeat(500_000)} x\n`),
      /pods\.md:3:1: block quotes nested 500000 deep; at most 12$/m,
    ],
    [
      "a list 1,000 levels deep",
      (file) =>
        writeFileSync(
          file,
          `A **pod** is one or more containers.\n\n${Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n")}\n`,
        ),
      /pods\.md:28:1: list item indented 50 columns; at most 48$/m,
    ],
  ];

  it.each(lessons)(
    "%s: refused by validate, and learn refuses the pack",
    async (_name, write, line) => {
      const dir = packWithLesson(write);
      const validate = await runCli(["validate", dir]);
      expect(validate.code).toBe(1);
      expect(validate.stdout).toMatch(line);
      const learn = await runCli(["learn", "basics", "--print", "--content", dir]);
      expect(learn.code).toBe(2);
      expect(learn.stderr).toMatch(
        /^error: invalid content: .*\nhint: run eks-primer validate .*\n$/,
      );
    },
  );
});
