// A practice workspace: one file per hands-on exercise (a .sh file for a command, a .yaml file
// for a manifest) in module folders, graded offline. Decides the files and their text, reads
// answers back from them and grades them; the command does the reading and writing.
import type { CommandQuestion, Course, ManifestQuestion, Question } from "../content/model.js";
import { gradeAnswer, type GradeProblem } from "./grading.js";

export type Exercise = CommandQuestion | ManifestQuestion;

export const WORKSPACE_FILE = ".eks-primer-practice.json";

export interface WorkspaceEntry {
  id: string;
  module: string;
  file: string;
}

export interface Workspace {
  format: "eks-primer-practice";
  version: 1;
  exercises: WorkspaceEntry[];
}

export function isExercise(question: Question): question is Exercise {
  return question.type === "command" || question.type === "manifest";
}

/** The exercises of the course (or of some modules), in course order. */
export function courseExercises(course: Course, modules: readonly string[] = []): Exercise[] {
  return course.modules
    .filter((m) => modules.length === 0 || modules.includes(m.id))
    .flatMap((m) => m.questions.filter(isExercise));
}

/** storage/01-gp3-class-and-claim.yaml: numbered in the module, the id without the module. */
export function exerciseFile(exercise: Exercise, number: number): string {
  const slug = exercise.id.startsWith(`${exercise.module}-`)
    ? exercise.id.slice(exercise.module.length + 1)
    : exercise.id;
  const ext = exercise.type === "command" ? "sh" : "yaml";
  return `${exercise.module}/${String(number).padStart(2, "0")}-${slug}.${ext}`;
}

export function workspaceFor(exercises: readonly Exercise[]): Workspace {
  const counts = new Map<string, number>();
  return {
    format: "eks-primer-practice",
    version: 1,
    exercises: exercises.map((exercise) => {
      const n = (counts.get(exercise.module) ?? 0) + 1;
      counts.set(exercise.module, n);
      return { id: exercise.id, module: exercise.module, file: exerciseFile(exercise, n) };
    }),
  };
}

/** Text as comment lines, wrapped near `width`. */
function comment(text: string, width = 78): string[] {
  const out: string[] = [];
  for (const paragraph of text.trim().split(/\n\s*\n/)) {
    let line = "#";
    for (const word of paragraph.split(/\s+/)) {
      if (line.length + word.length + 1 > width && line !== "#") {
        out.push(line);
        line = "#";
      }
      line += ` ${word}`;
    }
    out.push(line, "#");
  }
  return out.slice(0, -1);
}

/** The file a learner starts from: the task and hints as comments, then the starter. */
export function exerciseText(exercise: Exercise): string {
  const head = [
    `# eks-primer practice: ${exercise.id}`,
    "#",
    ...comment(exercise.prompt),
    ...(exercise.hints.length > 0
      ? ["#", "# Hints, if you need them:", ...exercise.hints.flatMap((h) => comment(`- ${h}`))]
      : []),
    "#",
    "# Check your answer: eks-primer practice check (or keep eks-primer practice watch running).",
  ];
  if (exercise.type === "command") {
    return `${head.join("\n")}\n# Write the ${exercise.program} command on the line below.\n\n`;
  }
  return `${head.join("\n")}\n\n${exercise.starter}`;
}

/** The answer in a file: a command's one line (comments and `\` continuations read as a shell does); a manifest's text. */
export function answerOf(exercise: Exercise, text: string): string | undefined {
  if (exercise.type === "manifest") return text;
  const lines = text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  if (lines.length === 0) return undefined;
  return lines.join(" ; ");
}

export interface ExerciseResult {
  id: string;
  module: string;
  file: string;
  type: Exercise["type"];
  solved: boolean;
  /** Nothing written yet (a command file without a command, a file that is gone). */
  started: boolean;
  problems: GradeProblem[];
}

/** Grades one exercise's file (undefined: the file is missing). */
export function checkExercise(
  exercise: Exercise,
  entry: WorkspaceEntry,
  text: string | undefined,
): ExerciseResult {
  const answer = text === undefined ? undefined : answerOf(exercise, text);
  const base = { id: exercise.id, module: exercise.module, file: entry.file, type: exercise.type };
  if (answer === undefined) {
    const message =
      text === undefined
        ? "the file is missing (eks-primer practice init writes it again)"
        : "no command written yet";
    return { ...base, solved: false, started: false, problems: [{ message }] };
  }
  const grade = gradeAnswer(exercise, answer);
  return { ...base, solved: grade.correct, started: true, problems: grade.problems ?? [] };
}

/** "12 of 31 solved" and the first unsolved exercise, in workspace order. */
export function tally(results: readonly ExerciseResult[]) {
  return {
    solved: results.filter((r) => r.solved).length,
    total: results.length,
    next: results.find((r) => !r.solved),
  };
}

export const WORKSPACE_README = `# eks-primer practice

Hands-on exercises from the EKS Primer course, graded offline: nothing here talks to AWS or a
cluster.

- Each \`.sh\` file asks for one command (\`eksctl\`, \`aws\` or \`kubectl\`): write it on the
  empty line under the task. It is graded by meaning: flags in any order, \`--flag value\` or
  \`--flag=value\`, short flags such as \`-n\`.
- Each \`.yaml\` file asks for a manifest: complete the starter under the task. Key order,
  quoting and comments do not matter; the document is checked against its kind's schema.

Commands:

    eks-primer practice check          grade every file (exit 0 when all are solved)
    eks-primer practice watch          re-check a file each time you save it; h: next hint,
                                       s: the solution (after three failed checks), q: quit
    eks-primer progress                shows how many exercises you solved

Files you changed are never overwritten: \`eks-primer practice init\` only writes files that are
missing.
`;
