// What quiz, exam and review share: options checked once, the scripted contract (--list,
// --answers, --format, --output) and recording an attempt with its review cards.
import { dirname, resolve } from "node:path";
import type { Course } from "../content/model.js";
import { readAnswers, type AnswerProblem } from "../core/answers.js";
import { describeSystemError, InputError, InterruptedError, UsageError } from "../shared/errors.js";
import { LIMITS, LISTED_PROBLEMS, listedLines } from "../shared/limits.js";
import type { QuizPlan } from "../core/quiz-plan.js";
import { newAttemptId } from "../core/random.js";
import type { QuizSummary } from "../core/quiz-session.js";
import {
  exitUnlessPassed,
  NotRecordedError,
  runSession,
  scriptedSitting,
  storeRecorder,
  type SessionOptions,
} from "../core/session.js";
import type { CommandContext } from "../shared/context.js";
import type { AttemptKind, AttemptMode } from "../store/types.js";
import { formatProblem } from "../ui/quiz-view.js";
import { renderReport, writeReport, type GradeRequest } from "./grade-report.js";
import { listQuestions } from "./listing.js";
import { readInput } from "./read-input.js";
import { checkOutputTarget, checkWritableStore, noticeFor, openStore } from "./shared.js";
import type { ReportFormat } from "./listing.js";

export { scopeArgs, type ReportFormat } from "./listing.js";
export type { GradeRequest } from "./grade-report.js";

export interface ScriptedOptions {
  list?: boolean | undefined;
  json?: boolean | undefined;
  format?: string | undefined;
  output?: string | undefined;
  answers?: string | undefined;
}

/** A whole number option, or a usage error that shows an example. */
export function wholeNumber(
  command: string,
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
  example: string,
): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d+\s*%?\s*$/.test(value) ? Number.parseInt(value, 10) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(
      `${flag} must be a whole number from ${min} to ${max}, not "${value}"`,
      `for example: eks-primer ${command} ${example}`,
    );
  }
  return n;
}

/** --format (with --json as its shorthand), checked against --list and --answers. */
export function reportFormat(command: string, options: ScriptedOptions): ReportFormat {
  const format = options.format ?? (options.json ? "json" : "text");
  if (format !== "text" && format !== "json" && format !== "junit") {
    throw new UsageError(
      `--format must be text, json or junit, not "${format}"`,
      `for example: eks-primer ${command} --answers answers.json --format junit --output report.xml`,
    );
  }
  if (options.json && options.format !== undefined && options.format !== "json") {
    throw new UsageError(
      `--json and --format ${options.format} do not go together`,
      "--json is short for --format json",
    );
  }
  if (options.list && options.answers !== undefined) {
    throw new UsageError(
      "--list and --answers do not go together",
      `list the questions with eks-primer ${command} --list --json, then grade your answers with --answers <file>`,
    );
  }
  const scripted = options.list === true || options.answers !== undefined;
  if (!scripted && (format !== "text" || options.output !== undefined)) {
    throw new UsageError(
      `${options.output !== undefined ? "--output" : options.format === undefined ? "--json" : `--format ${format}`} goes with --list or --answers`,
      `eks-primer ${command} --list --json, or eks-primer ${command} --answers answers.json --format junit --output report.xml`,
    );
  }
  if (options.list && format === "junit") {
    throw new UsageError(
      "--list prints text or json, not junit",
      `eks-primer ${command} --list --json`,
    );
  }
  return format;
}

async function readAnswersText(ctx: CommandContext, source: string): Promise<string> {
  if (source === "-" && ctx.deps.stdin.isTTY) {
    throw new UsageError(
      "--answers - reads the answers from standard input, which is a terminal here",
      "pipe them in: eks-primer quiz --answers - < answers.yaml",
    );
  }
  return readInput(ctx, source, {
    what: "an answers file",
    label: "answers file",
    limit: LIMITS.answers,
    bigHint:
      "an answers file holds one short answer per question: check what you gave to --answers",
    hint:
      source === "-"
        ? "pipe the answers in: eks-primer quiz --answers - < answers.yaml"
        : "check the path given to --answers (use - for standard input)",
  });
}

/** Runs a prompt before a session starts: Ctrl-C there abandons the session, as in it. */
export async function interrupting<T>(kind: AttemptKind, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof InterruptedError) {
      throw new InterruptedError(`${kind} abandoned, nothing recorded`);
    }
    throw error;
  }
}

/** The options every graded session of a command shares: where it records, and how. */
export function sessionOptions(
  ctx: CommandContext,
  kind: AttemptKind,
  mode: AttemptMode,
  passMark: number,
  save: boolean,
): SessionOptions {
  if (save) checkWritableStore(ctx);
  return {
    kind,
    mode,
    passMark,
    save,
    recorder: storeRecorder(openStore(ctx), ctx.deps.now, noticeFor(ctx)),
    now: ctx.deps.now,
    newId: newAttemptId,
  };
}

/** --list or --answers of quiz and exam: true when one was asked for, and done. */
export async function runScripted(
  ctx: CommandContext,
  course: Course,
  plan: QuizPlan,
  options: ScriptedOptions,
  run: {
    command: "quiz" | "exam";
    format: ReportFormat;
    passMark: number;
    save: boolean;
    /** The options that select the same questions (scopeArgs). */
    args: string;
    /** The seed decides which questions: --list says which one it used. */
    seeded: boolean;
  },
): Promise<boolean> {
  if (options.list) {
    await listQuestions(ctx, plan, run.format, options.output, {
      command: run.command,
      args: run.args,
      seed: run.seeded,
    });
    return true;
  }
  if (options.answers === undefined) return false;
  await gradeAnswersFile(ctx, course, plan, {
    command: run.command,
    kind: run.command,
    source: options.answers,
    format: run.format,
    output: options.output,
    passMark: run.passMark,
    save: run.save,
    args: run.args,
  });
  return true;
}

/** `--answers`: grades a file without a prompt; exit 0 passed, 1 not passed, 2 invalid answers. */
export async function gradeAnswersFile(
  ctx: CommandContext,
  course: Course,
  plan: QuizPlan,
  request: GradeRequest,
): Promise<void> {
  const started = ctx.deps.now();
  if (request.output !== undefined) checkOutputTarget(ctx, request.output);
  const text = await readAnswersText(ctx, request.source);
  const file = request.source === "-" ? "<stdin>" : request.source;
  // A manifest answered as { file: path }: relative to the answers file (or, from stdin, here).
  const base =
    request.source === "-" ? ctx.deps.cwd : dirname(resolve(ctx.deps.cwd, request.source));
  const { answers, problems } = await readAnswers(
    text,
    {
      questions: plan.questions.map((p) => p.question),
      course: () => course.modules.flatMap((m) => m.questions),
    },
    // The answers check names the file; a failure says only why ("no such file or folder").
    (path) =>
      readInput(ctx, resolve(base, path), {
        what: "a manifest file",
        label: "manifest file",
        limit: LIMITS.answers,
        hint: "",
        bigHint: "",
      }).catch((error: unknown) => {
        const cause = error instanceof InputError ? error.cause : error;
        throw new Error(
          cause === undefined ? (error as Error).message : describeSystemError(cause),
        );
      }),
  );
  if (problems.length > 0) refuseAnswers(ctx, file, problems, request);
  const options = sessionOptions(ctx, request.kind, "scripted", request.passMark, request.save);
  let summary: QuizSummary;
  try {
    ({ summary } = await runSession(plan, scriptedSitting(answers), options));
  } catch (error) {
    // Graded but not kept: the result still reaches the user, on stderr, and the exit is 2.
    if (error instanceof NotRecordedError) {
      ctx.output.err(await renderReport(ctx, error.summary, request, started, 0, true));
    }
    throw error;
  }
  const seconds = (ctx.deps.now().getTime() - started.getTime()) / 1000;
  await writeReport(ctx, summary, request, started, seconds);
  exitUnlessPassed(summary);
}

function refuseAnswers(
  ctx: CommandContext,
  file: string,
  problems: readonly AnswerProblem[],
  request: GradeRequest,
): never {
  const n = problems.length;
  const listed = problems.slice(0, LISTED_PROBLEMS);
  if (request.format === "json" && request.output === undefined) {
    const omitted = n > listed.length ? { omitted: n - listed.length } : {};
    ctx.output.out(
      JSON.stringify(
        {
          error: "invalid answers",
          file,
          problems: listed.map((p) => ({ file, ...p })),
          ...omitted,
        },
        null,
        2,
      ),
    );
  }
  throw new InputError(
    `${n} problem${n === 1 ? "" : "s"} in the answers in ${file}; nothing graded or recorded:\n${listedLines(
      listed.map((p) => formatProblem(file, p)),
      n,
    )
      .map((line) => `  ${line}`)
      .join("\n")}`,
    `eks-primer ${request.command}${request.args ? ` ${request.args}` : ""} --list --json shows each question with its keys`,
  );
}
