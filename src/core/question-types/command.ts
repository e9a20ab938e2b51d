import type { CommandQuestion } from "../../content/model.js";
import { commandProblems, loadShellSplitter } from "./command-line.js";
import { describe, problem, type QuestionKind } from "./kind.js";

export const command: QuestionKind<CommandQuestion> = {
  keys: () => [],
  expected: (question) => question.references[0] ?? "",
  grade(question, answer) {
    const given = typeof answer === "string" ? answer : undefined;
    const problems =
      given === undefined
        ? [{ message: "not answered" }]
        : commandProblems(question, given).map((message) => ({ message }));
    const correct = given !== undefined && problems.length === 0;
    return {
      unanswered: answer === undefined || answer === null,
      expected: command.expected(question),
      given,
      correct,
      right: correct ? 1 : 0,
      parts: 1,
      wrongPicks: [],
      wrongItems: [],
      problems,
    };
  },
  check(question, value) {
    if (typeof value !== "string") {
      return problem(
        `expects one command line as a string, such as "${question.program} ${question.path.join(" ")} ...", not ${describe(value)}`,
      );
    }
    return { answer: value, problems: [] };
  },
  list: () => ({}),
  prepare: () => loadShellSplitter(),
};
