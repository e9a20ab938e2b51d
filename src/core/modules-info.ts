import { countQuestions, type Course } from "../content/model.js";
import type { ProgressSummary } from "../store/types.js";
import { moduleReading } from "./reading.js";

export interface ModuleInfo {
  id: string;
  title: string;
  summary: string;
  lessons: number;
  questions: number;
  lessonsRead: number;
  best: number | null;
  last: number | null;
  attempts: number;
}

export interface ModulesInfo {
  course: string;
  modules: ModuleInfo[];
}

export function collectModules(course: Course, progress: ProgressSummary): ModulesInfo {
  return {
    course: course.title,
    modules: course.modules.map((m) => {
      const score = progress.scores[m.id];
      return {
        id: m.id,
        title: m.title,
        summary: m.summary,
        lessons: m.lessons.length,
        questions: countQuestions(m),
        lessonsRead: moduleReading(m, progress).read,
        best: score?.best ?? null,
        last: score?.last ?? null,
        attempts: score?.attempts ?? 0,
      };
    }),
  };
}
