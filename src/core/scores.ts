import type { Attempt, ProgressData } from "../store/types.js";

export interface ModuleScore {
  /** Percent of that module's questions answered right, per attempt, oldest first. */
  history: { at: string; percent: number; attempt: Attempt }[];
  best: number | undefined;
  last: number | undefined;
  previous: number | undefined;
  attempts: number;
}

/** A module's scores across attempts: every attempt that asked any of its questions counts. */
export function moduleScore(progress: ProgressData, module: string): ModuleScore {
  const history: ModuleScore["history"] = [];
  for (const attempt of progress.attempts) {
    const results = attempt.results.filter((r) => r.module === module);
    if (results.length === 0) continue;
    const right = results.filter((r) => r.correct).length;
    history.push({ at: attempt.at, percent: Math.round((right / results.length) * 100), attempt });
  }
  history.sort((a, b) => a.at.localeCompare(b.at));
  const percents = history.map((h) => h.percent);
  return {
    history,
    best: percents.length > 0 ? Math.max(...percents) : undefined,
    last: percents.at(-1),
    previous: percents.at(-2),
    attempts: history.length,
  };
}
