// Forgetting progress: everything, or one module (its lessons, cards, scores, and its answers in
// the journal; an attempt keeps its other modules' answers).
import { applyAttempt } from "./bounded.js";
import type { Journal } from "./journal.js";
import { emptyProgress, type Attempt, type ProgressData } from "./types.js";

export async function resetProgress(
  data: ProgressData,
  journal: Journal,
  module: string | undefined,
): Promise<ProgressData> {
  if (module === undefined) {
    await journal.replace([]);
    return emptyProgress();
  }
  for (const key of Object.keys(data.lessonsRead)) {
    if (key.startsWith(`${module}/`)) delete data.lessonsRead[key];
  }
  if (data.position?.module === module) delete data.position;
  for (const [id, card] of Object.entries(data.cards)) {
    if (card.module === module) delete data.cards[id];
  }
  // Scores and totals are counted again from what the journal keeps: a rare, whole pass.
  const fresh = emptyProgress();
  const kept = { ...data, scores: fresh.scores, kinds: fresh.kinds, totals: fresh.totals };
  kept.lastMissed = {};
  await journal.replace(withoutModule(journal.read(), module, kept));
  return kept;
}

async function* withoutModule(
  attempts: AsyncIterable<Attempt>,
  module: string,
  into: ProgressData,
): AsyncGenerator<Attempt> {
  for await (const attempt of attempts) {
    const results = attempt.results.filter((r) => r.module !== module);
    if (results.length === 0) continue;
    let kept = attempt;
    if (results.length !== attempt.results.length) {
      const score = results.filter((r) => r.correct).length;
      kept = {
        ...attempt,
        modules: attempt.modules.filter((m) => m !== module),
        ...(attempt.complete ? { complete: attempt.complete.filter((m) => m !== module) } : {}),
        results,
        score,
        total: results.length,
        passed: Math.round((score / results.length) * 100) >= attempt.passMark,
      };
    }
    applyAttempt(into, kept);
    yield kept;
  }
}
