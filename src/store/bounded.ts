// The bounded state an attempt updates: per-module quiz scores (only from quizzes that asked all
// of a module's questions), exam and review scores, totals and the questions missed in the latest
// quiz of each scope. Constant work per attempt, whatever the history holds.
import { RECENT_SCORES, type Attempt, type ProgressData, type ScoreSummary } from "./types.js";

const percent = (right: number, total: number) =>
  total === 0 ? 0 : Math.round((right / total) * 100);

/**
 * Counts one score into a summary, in place (a new one when there is none); an attempt older than
 * the latest one counted is not "last".
 */
export function countScore(
  summary: ScoreSummary | undefined,
  score: number,
  at: string,
): ScoreSummary {
  if (summary === undefined) {
    return { attempts: 1, best: score, last: score, lastAt: at, recent: [score] };
  }
  summary.attempts++;
  if (score > summary.best) summary.best = score;
  if (summary.lastAt !== undefined && at < summary.lastAt) return summary;
  summary.recent.push(score);
  if (summary.recent.length > RECENT_SCORES) summary.recent.shift();
  summary.previous = summary.last;
  summary.last = score;
  summary.lastAt = at;
  return summary;
}

/** Per module, [right, asked] in this attempt. */
export function tallyModules(attempt: Attempt): Map<string, [number, number]> {
  const tally = new Map<string, [number, number]>();
  for (const result of attempt.results) {
    const t = tally.get(result.module) ?? [0, 0];
    t[1]++;
    if (result.correct) t[0]++;
    tally.set(result.module, t);
  }
  return tally;
}

/** The modules an attempt scores: a quiz's complete modules (every module, for version 1 quizzes). */
export function scoredModules(attempt: Attempt): string[] {
  if (attempt.kind !== "quiz") return [];
  return attempt.complete ?? attempt.modules;
}

/** Applies one attempt to the bounded state, in place. */
export function applyAttempt(progress: ProgressData, attempt: Attempt): void {
  const tally = tallyModules(attempt);
  for (const module of scoredModules(attempt)) {
    const t = tally.get(module);
    if (t === undefined) continue;
    progress.scores[module] = countScore(progress.scores[module], percent(t[0], t[1]), attempt.at);
  }
  if (attempt.kind !== "quiz") {
    progress.kinds[attempt.kind] = countScore(
      progress.kinds[attempt.kind],
      percent(attempt.score, attempt.total),
      attempt.at,
    );
  }
  if (attempt.kind === "quiz" && attempt.scope !== undefined) {
    const latest = progress.lastMissed[attempt.scope];
    if (latest === undefined || attempt.at >= latest.at) {
      const missed = attempt.results.filter((r) => !r.correct).map((r) => r.question);
      progress.lastMissed[attempt.scope] = { at: attempt.at, missed };
    }
  }
  progress.totals.attempts++;
  progress.totals.answered += attempt.results.length;
  progress.totals.correct += attempt.results.filter((r) => r.correct).length;
}
