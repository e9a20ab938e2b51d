// Which review cards are due: date comparisons only, so that `progress` and `review --list` need
// no scheduler (ts-fsrs loads only when answers are recorded, in scheduler.ts).
import type { ReviewCard } from "../store/types.js";

/** Cards due at `now`, most overdue first; `known` drops cards of questions no longer taught. */
export function dueCards(
  cards: Record<string, ReviewCard>,
  now: Date,
  known?: (card: ReviewCard) => boolean,
): ReviewCard[] {
  const at = now.getTime();
  return Object.values(cards)
    .filter((card) => Date.parse(card.due) <= at && (known === undefined || known(card)))
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || a.question.localeCompare(b.question));
}

/** The earliest due date among cards not yet due, if any. */
export function nextDue(
  cards: Record<string, ReviewCard>,
  now: Date,
  known?: (card: ReviewCard) => boolean,
): string | undefined {
  const at = now.getTime();
  let next: string | undefined;
  for (const card of Object.values(cards)) {
    if (Date.parse(card.due) <= at || (known !== undefined && !known(card))) continue;
    if (next === undefined || Date.parse(card.due) < Date.parse(next)) next = card.due;
  }
  return next;
}
