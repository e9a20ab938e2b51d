import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "../../src/content/course.js";
import type { Course } from "../../src/content/model.js";
import { readAnswers, type AnswerScope } from "../../src/core/answers.js";
import { plainJson } from "../../src/core/plain-json.js";
import { FIXTURES, VALID_PACK } from "../helpers/paths.js";

let scope: AnswerScope;
let course: Course;
beforeAll(async () => {
  course = await loadCourse(VALID_PACK);
  const questions = course.modules.flatMap((m) => m.questions);
  scope = { questions, course: () => questions };
});

const fixture = (name: string) => readFileSync(join(FIXTURES, "answers", name), "utf8");

describe("readAnswers", () => {
  it.each(["all-correct.json", "all-correct.yaml"])(
    "reads %s into canonical answers",
    async (name) => {
      const { answers, problems } = await readAnswers(fixture(name), scope);
      expect(problems).toEqual([]);
      expect(Object.fromEntries(answers)).toEqual({
        "basics-unit": "b",
        "basics-node-parts": name.endsWith(".json") ? ["a", "c"] : ["c", "a"],
        "networking-which-api": { "create-cluster": "eks", "create-deployment": "k8s" },
      });
    },
  );

  it("accepts a partial answers file: the questions left out are simply not answered", async () => {
    const { answers, problems } = await readAnswers(fixture("some-wrong.yaml"), scope);
    expect(problems).toEqual([]);
    expect([...answers.keys()]).toEqual(["basics-unit", "basics-node-parts"]);
  });

  // One line per invalid file: every problem, with its line, column and question.
  const cases: [
    file: string,
    problems: [line: number, column: number, question: string | undefined, message: string][],
  ][] = [
    [
      "unknown-question.yaml",
      [[2, 1, "basics-unti", "unknown question; did you mean basics-unit?"]],
    ],
    [
      "unknown-keys.yaml",
      [
        [1, 1, "basics-unit", 'unknown option "z" (options: a, b, c)'],
        [2, 24, "basics-node-parts", 'unknown option "x" (options: a, b, c, d)'],
        [
          4,
          3,
          "networking-which-api",
          'item "create-cluster": unknown category "aws"; did you mean eks or k8s? (categories: eks, k8s)',
        ],
        [
          5,
          3,
          "networking-which-api",
          'unknown item "delete-cluster"; did you mean create-cluster? (items: create-cluster, create-deployment)',
        ],
      ],
    ],
    [
      "wrong-count.yaml",
      [[1, 1, "basics-node-parts", "gives 3 options; the question says Select TWO (exactly 2)"]],
    ],
    [
      "wrong-shape.yaml",
      [
        [1, 1, "basics-unit", 'expects one option key such as "a", not a list'],
        [
          2,
          1,
          "basics-node-parts",
          'expects a list of 2 option keys such as ["a", "b"], not the text "a"',
        ],
        [
          3,
          1,
          "networking-which-api",
          'expects a mapping of item to category such as {create-cluster: eks}, not the text "eks"',
        ],
      ],
    ],
    [
      "missing-item.yaml",
      [[1, 1, "networking-which-api", 'item "create-deployment" is not placed in a category']],
    ],
    [
      "not-a-mapping.yaml",
      [[1, 1, undefined, "expected a mapping of question id to answer, not a list"]],
    ],
    ["malformed.json", [[4, 3, undefined, "YAML syntax error: Missing , between flow map items"]]],
  ];
  it.each(cases)("%s: every problem with line and question", async (name, expected) => {
    const { problems } = await readAnswers(fixture(name), scope);
    expect(problems.map((p) => [p.line, p.column, p.question, p.message])).toEqual(expected);
  });

  it("names the line of a YAML syntax error", async () => {
    const { answers, problems } = await readAnswers(fixture("malformed.yaml"), scope);
    expect(answers.size).toBe(0);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/^YAML syntax error: /),
    });
  });

  it("reads plain JSON without the YAML parser, and leaves a repeated key to the YAML path", () => {
    expect(plainJson('{"basics-unit": "b", "x": {"a": "1"}}')).toEqual({
      "basics-unit": "b",
      x: { a: "1" },
    });
    // Colons and escaped quotes inside strings are not members.
    expect(plainJson('{"a": "x: \\"y\\": z", "b": ["c:d"]}')).toEqual({
      a: 'x: "y": z',
      b: ["c:d"],
    });
    expect(plainJson('{"a": "b", "a": "c"}')).toBeUndefined();
    expect(plainJson('{"q": {"a": "x", "a": "y"}}')).toBeUndefined();
    expect(plainJson("basics-unit: b\n")).toBeUndefined();
    expect(plainJson('{"a": }')).toBeUndefined();
    expect(plainJson("[1, 2]")).toBeUndefined();
  });

  it("places the problems of a JSON file as it does a YAML file's", async () => {
    const twice = await readAnswers('{\n"basics-unit": "b",\n"basics-unit": "a"\n}\n', scope);
    expect(twice.problems[0]).toMatchObject({
      line: 3,
      message: expect.stringContaining("unique"),
    });
    const unknown = await readAnswers('{\n  "basics-unit": "b",\n  "no-such": "a"\n}\n', scope);
    expect(unknown.problems[0]).toMatchObject({ line: 3, column: 3, question: "no-such" });
  });

  it("refuses an empty file, a repeated question and a null answer", async () => {
    expect((await readAnswers(fixture("empty.yaml"), scope)).problems[0]?.message).toBe(
      "expected a mapping of question id to answer, not an empty file",
    );
    const twice = await readAnswers("basics-unit: b\nbasics-unit: a\n", scope);
    expect(twice.problems[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining("unique"),
    });
    const empty = await readAnswers("basics-unit:\n", scope);
    expect(empty.problems[0]).toMatchObject({
      question: "basics-unit",
      message: 'expects one option key such as "a", not null',
    });
  });

  it("tells a question of another module from an unknown one", async () => {
    const basics = course.modules[0]?.questions ?? [];
    const { problems } = await readAnswers("networking-which-api: {}\n", {
      questions: basics,
      course: scope.course,
    });
    expect(problems[0]?.message).toBe(
      "not in this quiz (it is a question of module networking; add --module networking)",
    );
  });

  it("lists a repeated choice and a wrong count together", async () => {
    const { problems } = await readAnswers('basics-node-parts: ["a", "a", "c"]', scope);
    expect(problems.map((p) => p.message)).toEqual([
      "gives 3 options; the question says Select TWO (exactly 2)",
      'option "a" is chosen twice',
    ]);
  });
});
