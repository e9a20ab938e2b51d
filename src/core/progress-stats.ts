// What `progress` shows: per module, lessons read, scores over time, cards due.
import { countQuestions, type Course } from "../content/model.js";
import type { ProgressSummary } from "../store/types.js";
import { courseReading, moduleReading } from "./reading.js";
import { dueCards, nextDue } from "./scheduler.js";

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

export interface ProgressReport {
  course: string;
  modules: ModuleProgress[];
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
  return {
    course: course.title,
    modules,
    totals: {
      lessons: reading.total,
      lessonsRead: reading.read,
      modulesCompleted: reading.modulesCompleted,
      attempts: progress.attempts,
      answered: progress.answered,
      correct: progress.correct,
      due: due.length,
      nextDue: nextDue(progress.cards, now, known) ?? null,
    },
  };
}
