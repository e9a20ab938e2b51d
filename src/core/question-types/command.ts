import type { CommandQuestion } from "../../content/model.js";
import { commandProblems, loadShellSplitter } from "./command-line.js";
import { describe, problem, typedGrade, type QuestionKind } from "./kind.js";

export const command: QuestionKind<CommandQuestion> = {
  keys: () => [],
  expected: (question) => question.references[0] ?? "",
  grade: (question, answer) =>
    typedGrade(command.expected(question), answer, (given) =>
      commandProblems(question, given).map((message) => ({ message })),
    ),
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
