// The command and manifest questions through the scripted contract (--list, --answers) and
// validate, on a small pack with one exercise of each type.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HANDS_ON_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", HANDS_ON_PACK];
const WEB_POD = `apiVersion: v1
kind: Pod
metadata: { name: web }
spec:
  containers:
    - image: "nginx:1.27"
      name: web
`;

function answersDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "eks-primer-hands-on-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

interface Result {
  id: string;
  correct: boolean;
  expected: unknown;
  given: unknown;
  problems?: { message: string; line?: number; column?: number }[];
}

describe("quiz --list --json with hands-on exercises", () => {
  it("lists a command as type command and a manifest with its starter, without answers", async () => {
    const run = await runCli([...pack, "quiz", "--module", "basics", "--list", "--json"]);
    expect(run.code).toBe(0);
    const listed = (JSON.parse(run.stdout) as { questions: Record<string, unknown>[] }).questions;
    expect(listed.find((q) => q.id === "basics-system-pods")).toEqual({
      id: "basics-system-pods",
      module: "basics",
      type: "command",
      prompt: "List the pods of the `kube-system` namespace with kubectl.",
    });
    const manifest = listed.find((q) => q.id === "basics-web-pod");
    expect(manifest).toMatchObject({
      type: "manifest",
      starter: expect.stringContaining("kind: Pod"),
    });
    expect(JSON.stringify(listed)).not.toContain("nginx:1.27\n");
  });

  it("shows the starter in the text list", async () => {
    const run = await runCli([...pack, "quiz", "--module", "basics", "--list"]);
    expect(run.stdout).toContain("basics-web-pod (basics, manifest)");
    expect(run.stdout).toContain("    kind: Pod");
  });
});

describe("quiz --answers with hands-on exercises", () => {
  it("grades a command string and a manifest file named relative to the answers file", async () => {
    const dir = answersDir({
      "web.yaml": WEB_POD,
      "answers.yaml": [
        "basics-unit: b",
        "basics-node-parts: [a, c]",
        "basics-system-pods: kubectl -n kube-system get po",
        "basics-web-pod: { file: web.yaml }",
      ].join("\n"),
    });
    const run = await runCli([
      ...pack,
      "quiz",
      "--module",
      "basics",
      "--answers",
      join(dir, "answers.yaml"),
      "--json",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const results = (JSON.parse(run.stdout) as { results: Result[] }).results;
    expect(results.find((r) => r.id === "basics-system-pods")).toMatchObject({
      correct: true,
      given: "kubectl -n kube-system get po",
      expected: "kubectl get pods --namespace kube-system",
      problems: [],
    });
    expect(results.find((r) => r.id === "basics-web-pod")).toMatchObject({
      correct: true,
      given: WEB_POD,
      problems: [],
    });
    expect(results.find((r) => r.id === "basics-unit")).not.toHaveProperty("problems");
  });

  it("names each problem of a wrong command and a wrong manifest, with line and column, and exits 1", async () => {
    const answers = {
      "basics-system-pods": "kubectl get pods -A",
      "basics-web-pod": WEB_POD.replace("nginx:1.27", "nginx:latest"),
    };
    const run = await runCli([...pack, "quiz", "--module", "basics", "--answers", "-", "--json"], {
      stdin: JSON.stringify(answers),
    });
    expect(run.code).toBe(1);
    const results = (JSON.parse(run.stdout) as { results: Result[] }).results;
    expect(results.find((r) => r.id === "basics-system-pods")?.problems).toEqual([
      { message: "`--namespace` is missing" },
      { message: "`--all-namespaces` is not needed here" },
    ]);
    expect(results.find((r) => r.id === "basics-web-pod")?.problems).toEqual([
      { message: "The container `web` should run `nginx:1.27`.", line: 6, column: 14 },
    ]);
    const text = await runCli([...pack, "quiz", "--module", "basics", "--answers", "-"], {
      stdin: JSON.stringify(answers),
    });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("`--namespace` is missing; `--all-namespaces` is not needed");
    expect(text.stdout).toContain("line 6, column 14: The container `web` should run");
  });

  it.each([
    [
      "a manifest file that does not exist",
      "basics-web-pod: { file: nowhere.yaml }",
      /answers\.yaml:1:\d+: basics-web-pod: cannot read nowhere\.yaml: no such file or folder$/m,
    ],
    [
      "a manifest that is a number",
      "basics-web-pod: 3",
      /answers\.yaml:1:1: basics-web-pod: expects the manifest as a string of YAML, or \{ file: path \}, not number 3/,
    ],
    [
      "a command that is a list",
      "basics-system-pods: [kubectl, get]",
      /basics-system-pods: expects one command line as a string/,
    ],
  ])("refuses %s: exit 2, nothing graded", async (_name, text, message) => {
    const dir = answersDir({ "answers.yaml": text });
    const run = await runCli([
      ...pack,
      "quiz",
      "--module",
      "basics",
      "--answers",
      join(dir, "answers.yaml"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });
});

describe("validate with hands-on exercises", () => {
  const module = readFileSync(join(HANDS_ON_PACK, "basics", "module.yaml"), "utf8");
  it.each<[string, (text: string) => string, RegExp]>([
    [
      "a reference that fails its own checks",
      (t) => t.replace("kubectl get pods --namespace kube-system", "kubectl get pods"),
      /module\.yaml:\d+:9: reference 1 does not pass the exercise's own checks: `--namespace` is missing/,
    ],
    [
      "a first reference that is not minimal",
      (t) =>
        t.replace(
          "kubectl get pods --namespace kube-system",
          "kubectl get pods --namespace kube-system -o wide",
        ),
      /the first reference is shown as the answer and must be minimal, but it has --output/,
    ],
    [
      "a manifest reference that fails",
      (t) => t.replace("image: nginx:1.27\n", "image: nginx:1.26\n"),
      /reference 1 does not pass: line 8, column 14: The container `web` should run `nginx:1.27`\./,
    ],
    [
      "a starter that already passes",
      (t) =>
        t.replace(
          "        name: web\n    references:",
          '        name: web\n      spec: { containers: [{ name: web, image: "nginx:1.27" }] }\n    references:',
        ),
      /the starter already passes every check/,
    ],
    [
      "a kind eks-primer has no schema for",
      (t) =>
        t.replace(
          "      - apiVersion: v1\n        kind: Pod",
          "      - apiVersion: example.com/v1\n        kind: Widget",
        ),
      /eks-primer has no schema for Widget \(example\.com\/v1\)/,
    ],
    [
      "a rule with two checks",
      (t) =>
        t.replace(
          "            equals: web\n",
          "            equals: web\n            exists: true\n",
        ),
      /rule on "metadata\.name" has 2 checks \(equals, exists\); a rule has one/,
    ],
    [
      "a rule path that cannot be read",
      (t) => t.replace("spec.containers[name=web].image", "spec.containers[name=web.image"),
      /path "spec\.containers\[name=web\.image": an unclosed \[/,
    ],
    [
      "a program eks-primer does not grade",
      (t) => t.replace("program: kubectl", "program: helm"),
      /program/,
    ],
  ])("reports %s (exit 1)", async (_name, edit, message) => {
    const dir = mkdtempSync(join(tmpdir(), "eks-primer-pack-"));
    cpSync(HANDS_ON_PACK, dir, { recursive: true });
    const changed = edit(module);
    expect(changed).not.toBe(module);
    writeFileSync(join(dir, "basics", "module.yaml"), changed);
    const run = await runCli(["validate", dir]);
    expect(run.code).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toMatch(message);
  });
});

describe("junit reports with hands-on exercises", () => {
  it("fails a wrong manifest with its problems, not its text", async () => {
    const answers = { "basics-web-pod": WEB_POD.replace("nginx:1.27", "nginx:latest") };
    const run = await runCli(
      [...pack, "quiz", "--module", "basics", "--answers", "-", "--format", "junit"],
      { stdin: JSON.stringify(answers) },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'name="basics-web-pod" time="0">\n      <failure message="line 6, column 14: The container `web` should run `nginx:1.27`." type="wrong">',
    );
  });
});
