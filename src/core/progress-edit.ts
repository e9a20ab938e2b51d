// Pure changes to the progress: merging an export from another machine, resetting a module.
import type { Attempt, ProgressData } from "../store/types.js";
import { percentOf } from "./quiz-session.js";

export interface MergeCounts {
  lessons: number;
  attempts: number;
  cards: number;
}

const later = (a: string | undefined, b: string | undefined) =>
  a !== undefined && (b === undefined || Date.parse(a) > Date.parse(b));

/**
 * Merges `incoming` into `target` in place. Merging the same export twice changes nothing:
 * attempts are matched by id, lessons by key, cards keep the most recent review.
 */
export function mergeProgress(target: ProgressData, incoming: ProgressData): MergeCounts {
  const counts: MergeCounts = { lessons: 0, attempts: 0, cards: 0 };
  for (const [key, at] of Object.entries(incoming.lessonsRead)) {
    const mine = target.lessonsRead[key];
    if (mine === undefined) counts.lessons++;
    if (mine === undefined || Date.parse(at) < Date.parse(mine)) target.lessonsRead[key] = at;
  }
  const ids = new Set(target.attempts.map((a) => a.id));
  for (const attempt of incoming.attempts) {
    if (ids.has(attempt.id)) continue;
    ids.add(attempt.id);
    target.attempts.push(attempt);
    counts.attempts++;
  }
  target.attempts.sort((a, b) => a.at.localeCompare(b.at));
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = target.cards[id];
    if (mine === undefined || later(card.last_review, mine.last_review)) {
      target.cards[id] = card;
      counts.cards++;
    }
  }
  if (incoming.position && later(incoming.position.at, target.position?.at)) {
    target.position = incoming.position;
  }
  return counts;
}

/** Forgets one module: its lessons read, its answers (attempts keep their other modules), its cards. */
export function resetModule(progress: ProgressData, module: string): void {
  for (const key of Object.keys(progress.lessonsRead)) {
    if (key.startsWith(`${module}/`)) delete progress.lessonsRead[key];
  }
  if (progress.position?.module === module) delete progress.position;
  progress.attempts = progress.attempts.flatMap((attempt): Attempt[] => {
    const results = attempt.results.filter((r) => r.module !== module);
    if (results.length === attempt.results.length) return [attempt];
    if (results.length === 0) return [];
    const score = results.filter((r) => r.correct).length;
    return [
      {
        ...attempt,
        modules: attempt.modules.filter((m) => m !== module),
        results,
        score,
        total: results.length,
        passed: percentOf(score, results.length) >= attempt.passMark,
      },
    ];
  });
  for (const [id, card] of Object.entries(progress.cards)) {
    if (card.module === module) delete progress.cards[id];
  }
}
