import type { ManifestQuestion } from "../../content/model.js";
import { describe, problem, typedGrade, type QuestionKind } from "./kind.js";
import { loadKinds } from "./manifest-kinds.js";
import { manifestProblems } from "./manifest-grade.js";

function fileOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const file = (value as Record<string, unknown>).file;
  return typeof file === "string" && Object.keys(value).length === 1 ? file : undefined;
}

export const manifest: QuestionKind<ManifestQuestion> = {
  keys: () => [],
  expected: (question) => question.references[0] ?? "",
  grade: (question, answer) =>
    typedGrade(manifest.expected(question), answer, (given) => manifestProblems(question, given)),
  check(_question, value) {
    if (typeof value !== "string") {
      return problem(
        `expects the manifest as a string of YAML, or { file: path }, not ${describe(value)}`,
      );
    }
    return { answer: value, problems: [] };
  },
  list: (question) => ({ starter: question.starter }),
  fileOf,
  prepare: (questions) => loadKinds(questions.flatMap((q) => q.documents)),
};
