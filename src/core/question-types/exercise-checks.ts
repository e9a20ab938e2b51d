// What `validate` checks of hands-on exercises beyond their shape: every reference passes the
// exercise's own checks and its kind's schema, the first reference is minimal, and the starter
// of a manifest does not pass.
import type { CommandQuestion, ManifestQuestion, Question } from "../../content/model.js";
import { commandProblems, loadShellSplitter, readTokens, splitLine } from "./command-line.js";
import { problemText } from "./kind.js";
import { kindKey, knownKinds, loadKinds } from "./manifest-kinds.js";
import { manifestProblems } from "./manifest-grade.js";
import { parsePath } from "./manifest-path.js";

export interface ExerciseProblem {
  /** Where in the question entry: ["references", 0]. */
  path: (string | number)[];
  message: string;
  hint: string;
}

function checkCommand(question: CommandQuestion): ExerciseProblem[] {
  const out: ExerciseProblem[] = [];
  question.references.forEach((reference, i) => {
    const problems = commandProblems(question, reference);
    if (problems.length > 0) {
      out.push({
        path: ["references", i],
        message: `reference ${i + 1} does not pass the exercise's own checks: ${problems.join("; ")}`,
        hint: "correct the reference, or the exercise's program, path, args, required and allowed",
      });
    }
  });
  const first = question.references[0];
  if (first !== undefined && out.length === 0) {
    const { flags } = readTokens(splitLine(first).tokens, question);
    const extra = [...flags.keys()].filter((f) => !(f in question.required));
    if (extra.length > 0) {
      out.push({
        path: ["references", 0],
        message: `the first reference is shown as the answer and must be minimal, but it has ${extra.join(", ")}, which the task does not require`,
        hint: "put a minimal command first; fuller ones may follow it",
      });
    }
  }
  return out;
}

async function checkManifest(question: ManifestQuestion): Promise<ExerciseProblem[]> {
  const out: ExerciseProblem[] = [];
  const known = new Set(knownKinds());
  question.documents.forEach((d, i) => {
    if (!known.has(kindKey(d.apiVersion, d.kind))) {
      out.push({
        path: ["documents", i],
        message: `eks-primer has no schema for ${d.kind} (${d.apiVersion})`,
        hint: `expect one of: ${[...known].join(", ")}`,
      });
    }
    d.rules.forEach((rule, r) => {
      try {
        parsePath(rule.path);
      } catch (error) {
        out.push({
          path: ["documents", i, "rules", r, "path"],
          message: (error as Error).message,
          hint: 'write a.b[0].c, a[key=value] or a["x.y/z"]',
        });
      }
    });
  });
  if (out.length > 0) return out;
  await loadKinds(question.documents);
  question.references.forEach((reference, i) => {
    const problems = manifestProblems(question, reference);
    if (problems.length > 0) {
      out.push({
        path: ["references", i],
        message: `reference ${i + 1} does not pass: ${problems.map(problemText).join("; ")}`,
        hint: "correct the reference or the rules (lines are counted in the reference)",
      });
    }
  });
  if (manifestProblems(question, question.starter).length === 0) {
    out.push({
      path: ["starter"],
      message: "the starter already passes every check: there is nothing left to do",
      hint: "leave out of the starter what the task asks the learner to write",
    });
  }
  return out;
}

/** The problems of a hands-on exercise (none for other question types). */
export async function exerciseProblems(question: Question): Promise<ExerciseProblem[]> {
  if (question.type === "command") {
    await loadShellSplitter();
    return checkCommand(question);
  }
  if (question.type === "manifest") return checkManifest(question);
  return [];
}
