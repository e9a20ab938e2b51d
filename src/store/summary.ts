// The progress summarized in one pass: what `progress` and `modules` show.
import {
  RECENT_SCORES,
  type ProgressData,
  type ProgressSummary,
  type ScoreSummary,
} from "./types.js";

export function summarizeProgress(progress: ProgressData): ProgressSummary {
  // Per module, each attempt's percent on that module's questions, in order of when it was taken.
  const percents = new Map<string, { at: string; percent: number }[]>();
  let answered = 0;
  let correct = 0;
  for (const attempt of progress.attempts) {
    const tally = new Map<string, [number, number]>();
    for (const result of attempt.results) {
      const t = tally.get(result.module) ?? [0, 0];
      t[1]++;
      if (result.correct) t[0]++;
      tally.set(result.module, t);
    }
    for (const [module, [right, total]] of tally) {
      const list = percents.get(module) ?? [];
      list.push({ at: attempt.at, percent: Math.round((right / total) * 100) });
      percents.set(module, list);
    }
    answered += attempt.results.length;
    correct += attempt.results.filter((r) => r.correct).length;
  }
  const scores: Record<string, ScoreSummary> = {};
  for (const [module, list] of percents) {
    list.sort((a, b) => a.at.localeCompare(b.at));
    const values = list.map((h) => h.percent);
    scores[module] = {
      attempts: values.length,
      best: Math.max(...values),
      last: values[values.length - 1] ?? 0,
      previous: values.length > 1 ? values[values.length - 2] : undefined,
      recent: values.slice(-RECENT_SCORES),
    };
  }
  return {
    lessonsRead: progress.lessonsRead,
    position: progress.position,
    cards: progress.cards,
    scores,
    attempts: progress.attempts.length,
    answered,
    correct,
    ...(progress.practiceSolved ? { practiceSolved: progress.practiceSolved } : {}),
  };
}
