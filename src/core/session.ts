// One runner for every graded session (quiz, exam, review, learn's check, and answers from a
// file): the sitting gives answers, the runner grades them, records the attempt and says whether
// it passed. Commands only pick the plan, the sitting and how to show the result.
import type { Attempt, AttemptKind, AttemptMode, Store } from "../store/types.js";
import {
  CliError,
  describeSystemError,
  ExitError,
  InterruptedError,
  isSystemError,
} from "../shared/errors.js";
import { sitExam, startExam, type ExamIO } from "./exam-session.js";
import type { Answer } from "./grading.js";
import type { QuizIO } from "./quiz-io.js";
import { prepareQuestions } from "./question-types/index.js";
import type { QuizPlan } from "./quiz-plan.js";
import {
  answerQuestion,
  currentStep,
  moduleStandings,
  startQuiz,
  summarize,
  toAttempt,
  type ModuleStanding,
  type QuizSummary,
} from "./quiz-session.js";

/** How the answers are given: by a person at a terminal, by the clock of an exam, by a file. */
export type Sitting = (
  plan: QuizPlan,
  /** Loads what the question types need to grade (manifest validators, the shell splitter). */
  ready: () => Promise<void>,
) => Promise<{ answers: ReadonlyMap<string, Answer>; timedOut?: boolean }>;

/** Stores an attempt and returns each module's standing as it was before it (or, unsaved, reads it). */
export interface Recorder {
  record(attempt: Attempt, summary: QuizSummary, plan: QuizPlan): Promise<ModuleStanding[]>;
  standings(summary: QuizSummary, plan: QuizPlan): Promise<ModuleStanding[]>;
}

/**
 * A session was graded but could not be recorded: exit 2 (the result was not kept), with the
 * graded result attached so that the command can still show it (on stderr).
 */
export class NotRecordedError extends CliError {
  readonly summary: QuizSummary;

  constructor(kind: AttemptKind, summary: QuizSummary, cause: unknown) {
    // A system error says which path and why in words ("cannot mkdir /x: a part of the path is
    // not a folder"); anything else gives its own message.
    const why = isSystemError(cause)
      ? `cannot ${[cause.syscall, cause.path].filter(Boolean).join(" ")}: ${describeSystemError(cause)}`
      : cause instanceof Error
        ? cause.message
        : String(cause);
    super(
      `the ${kind} was graded (${summary.score} of ${summary.total}, ${summary.percent}%, ${summary.passed ? "passed" : "not passed"}) but not recorded: ${why}`,
      {
        hint:
          cause instanceof CliError && cause.hint !== undefined
            ? cause.hint
            : "check the progress folder (EKS_PRIMER_HOME) is writable, then run it again",
        exitCode: 2,
        cause,
      },
    );
    this.name = "NotRecordedError";
    this.summary = summary;
  }
}

export interface SessionOptions {
  kind: AttemptKind;
  mode: AttemptMode;
  passMark: number;
  /** Record the attempt (false: --no-save). */
  save: boolean;
  recorder: Recorder;
  now: () => Date;
  newId: () => string;
}

export interface SessionResult {
  summary: QuizSummary;
  standings: ModuleStanding[];
  timedOut: boolean;
}

/** Runs a session to its end: answers, grade, record. Interrupting it records nothing. */
export async function runSession(
  plan: QuizPlan,
  sitting: Sitting,
  options: SessionOptions,
): Promise<SessionResult> {
  const started = options.now();
  // Loaded when first needed: a quiz asks its choice questions without waiting for a
  // manifest's validators, which load before the first typed question (or the grading).
  let preparing: Promise<void> | undefined;
  const ready = () => (preparing ??= prepareQuestions(plan.questions.map((p) => p.question)));
  let sat: Awaited<ReturnType<Sitting>>;
  try {
    sat = await sitting(plan, ready);
    // Grading needs the graders of the answered questions only (one not answered is wrong as it
    // stands): answers from a file skip a manifest's validators when its question is left out.
    const answered = sat.answers;
    await (preparing ??
      prepareQuestions(plan.questions.map((p) => p.question).filter((q) => answered.has(q.id))));
  } catch (error) {
    if (error instanceof InterruptedError) {
      throw new InterruptedError(`${options.kind} abandoned, nothing recorded`);
    }
    throw error;
  }
  const summary = grade(plan, sat.answers, options.passMark);
  const attempt = toAttempt(plan, summary, {
    id: options.newId(),
    kind: options.kind,
    mode: options.mode,
    at: started,
    durationMs: options.now().getTime() - started.getTime(),
  });
  let standings: ModuleStanding[];
  try {
    standings = options.save
      ? await options.recorder.record(attempt, summary, plan)
      : await options.recorder.standings(summary, plan);
  } catch (error) {
    if (!options.save) throw error;
    throw new NotRecordedError(options.kind, summary, error);
  }
  return { summary, standings, timedOut: sat.timedOut === true };
}

/** The grades of a set of answers to a plan. */
export function grade(
  plan: QuizPlan,
  answers: ReadonlyMap<string, Answer>,
  passMark: number,
): QuizSummary {
  let state = startQuiz(plan);
  for (let step = currentStep(state); step; step = currentStep(state)) {
    state = answerQuestion(state, answers.get(step.planned.question.id)).state;
  }
  return summarize(state, passMark);
}

/** A quiz at a terminal (or any QuizIO): each question asked, then its feedback. */
export function quizSitting(io: QuizIO): Sitting {
  return async (plan, ready) => {
    const answers = new Map<string, Answer>();
    let state = startQuiz(plan);
    for (let step = currentStep(state); step; step = currentStep(state)) {
      // A typed answer may be graded while it is asked (a manifest edited again until it passes).
      if (typed(step.planned.question.type)) await ready();
      const answer = await io.ask(step);
      const next = answerQuestion(state, answer);
      if (answer !== undefined) answers.set(step.planned.question.id, answer);
      state = next.state;
      await io.feedback(step, next.grade);
    }
    return { answers };
  };
}

/** An exam: questions in any order, flagged and revisited, until submitted or time is up. */
export function examSitting(io: ExamIO, timeLimitMs: number, now: () => Date): Sitting {
  return async (plan, ready) => {
    await ready();
    const start = startExam(plan, now().getTime(), timeLimitMs);
    const sat = await sitExam(start, io, () => now().getTime());
    return { answers: sat.state.answers, timedOut: sat.timedOut };
  };
}

/** Answers already checked (an answers file): nothing is asked. */
export function scriptedSitting(answers: ReadonlyMap<string, Answer>): Sitting {
  // The runner prepares the graders of the questions answered.
  return () => Promise.resolve({ answers });
}

const typed = (type: string) => type === "command" || type === "manifest";

/** Exit code 1 when the session did not pass: scripts and terminals get the same word. */
export function exitUnlessPassed(summary: QuizSummary): void {
  if (!summary.passed) throw new ExitError(1);
}

/** Records into the progress store: the attempt, and the review schedule of its questions. */
export function storeRecorder(
  store: Store,
  now: () => Date,
  onNotice?: (message: string) => void,
): Recorder {
  return {
    record: async (attempt, summary, plan) => {
      // ts-fsrs loads only when answers are recorded (not for --list, progress or review --list).
      const { scheduleResults } = await import("./scheduler.js");
      return store.record(attempt, (progress) => {
        const standings = moduleStandings(progress, summary, complete(attempt.kind, plan));
        const restarted = scheduleResults(progress.cards, attempt.results, now());
        for (const id of restarted) {
          onNotice?.(
            `the review card of ${id} could not be scheduled from its saved state; it starts afresh (your answer is kept)`,
          );
        }
        return standings;
      });
    },
    standings: async (summary, plan) =>
      moduleStandings(await store.read(), summary, complete("quiz", plan)),
  };
}

/** Only a quiz counts towards a module's best and last quiz scores. */
const complete = (kind: AttemptKind, plan: QuizPlan) => (kind === "quiz" ? plan.complete : []);
