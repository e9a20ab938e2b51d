// What `progress` shows: per module, lessons read, scores over time, cards due.
import { countQuestions, type Course } from "../content/model.js";
import type { ProgressSummary } from "../store/types.js";
import { courseReading, moduleReading } from "./reading.js";
import { dueCards, nextDue } from "./due.js";

export interface ModuleProgress {
  id: string;
  title: string;
  lessons: number;
  lessonsRead: number;
  questions: number;
  attempts: number;
  best: number | null;
  last: number | null;
  /** Percent per attempt, oldest first (the latest ones: the sparkline). */
  scores: number[];
  due: number;
}

/** Exams or reviews: scored as a whole, never as a module's quiz. */
export interface KindProgress {
  attempts: number;
  best: number | null;
  last: number | null;
  scores: number[];
}

export interface ProgressReport {
  course: string;
  modules: ModuleProgress[];
  exams: KindProgress;
  reviews: KindProgress;
  totals: {
    lessons: number;
    lessonsRead: number;
    modulesCompleted: number;
    attempts: number;
    answered: number;
    correct: number;
    due: number;
    nextDue: string | null;
  };
  /** Hands-on exercises (command, manifest) solved in a practice workspace, of those in the course. */
  practice: { solved: number; total: number };
}

export function collectProgress(
  course: Course,
  progress: ProgressSummary,
  now: Date,
): ProgressReport {
  const questionIds = new Set(course.modules.flatMap((m) => m.questions.map((q) => q.id)));
  const known = (card: { question: string }) => questionIds.has(card.question);
  const due = dueCards(progress.cards, now, known);
  const reading = courseReading(course, progress);
  const modules = course.modules.map((module): ModuleProgress => {
    const score = progress.scores[module.id];
    return {
      id: module.id,
      title: module.title,
      lessons: module.lessons.length,
      lessonsRead: moduleReading(module, progress).read,
      questions: countQuestions(module),
      attempts: score?.attempts ?? 0,
      best: score?.best ?? null,
      last: score?.last ?? null,
      scores: score?.recent ?? [],
      due: due.filter((card) => card.module === module.id).length,
    };
  });
  const kind = (name: string): KindProgress => {
    const score = progress.kinds[name];
    return {
      attempts: score?.attempts ?? 0,
      best: score?.best ?? null,
      last: score?.last ?? null,
      scores: score?.recent ?? [],
    };
  };
  return {
    course: course.title,
    modules,
    exams: kind("exam"),
    reviews: kind("review"),
    totals: {
      lessons: reading.total,
      lessonsRead: reading.read,
      modulesCompleted: reading.modulesCompleted,
      attempts: progress.totals.attempts,
      answered: progress.totals.answered,
      correct: progress.totals.correct,
      due: due.length,
      nextDue: nextDue(progress.cards, now, known) ?? null,
    },
    practice: practiceTotals(course, progress.practiceSolved ?? {}),
  };
}

function practiceTotals(course: Course, solved: Record<string, string>) {
  const exercises = course.modules
    .flatMap((m) => m.questions)
    .filter((q) => q.type === "command" || q.type === "manifest");
  return {
    solved: exercises.filter((q) => solved[q.id] !== undefined).length,
    total: exercises.length,
  };
}
