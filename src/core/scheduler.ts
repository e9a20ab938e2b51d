// Spaced repetition with ts-fsrs: every graded answer updates its question's card. A wrong answer
// is due again within a minute; a right one in days, then longer each time it stays right.
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from "ts-fsrs";
import type { AttemptResult, ReviewCard } from "../store/types.js";

const scheduler = fsrs(
  generatorParameters({ learning_steps: ["1m"], relearning_steps: ["1m"], enable_fuzz: false }),
);

function toCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review === undefined ? {} : { last_review: new Date(card.last_review) }),
  };
}

function fromCard(card: Card, result: AttemptResult): ReviewCard {
  return {
    question: result.question,
    module: result.module,
    revision: result.revision,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review === undefined ? {} : { last_review: card.last_review.toISOString() }),
  };
}

/**
 * Updates the cards for these results, in place; returns the questions whose card had to start
 * afresh because the scheduler could not go on from it. A question whose revision changed since its card
 * was made starts a fresh card: what was learned about the old question says nothing of the new.
 */
export function scheduleResults(
  cards: Record<string, ReviewCard>,
  results: readonly AttemptResult[],
  now: Date,
): string[] {
  const restarted: string[] = [];
  for (const result of results) {
    const existing = cards[result.question];
    const rating = result.correct ? Rating.Good : Rating.Again;
    let next: Card;
    try {
      const card =
        existing !== undefined && existing.revision === result.revision
          ? toCard(existing)
          : createEmptyCard(now);
      next = scheduler.next(card, now, rating).card;
    } catch {
      // A card the scheduler cannot go on from (a date ahead of the clock, say): start it afresh.
      restarted.push(result.question);
      next = scheduler.next(createEmptyCard(now), now, rating).card;
    }
    cards[result.question] = fromCard(next, result);
  }
  return restarted;
}
