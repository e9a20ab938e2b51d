// Pure changes to the progress: merging what an export brings from another machine.
import type { ProgressData, ReadingPosition, ReviewCard } from "../store/types.js";

export interface MergeCounts {
  lessons: number;
  cards: number;
}

/** The bounded parts of an export: lessons read, reading position, review cards. */
export interface IncomingProgress {
  lessonsRead: Record<string, string>;
  position?: ReadingPosition | undefined;
  cards: Record<string, ReviewCard>;
}

const later = (a: string | undefined, b: string | undefined) =>
  a !== undefined && (b === undefined || Date.parse(a) > Date.parse(b));

/**
 * Merges `incoming` into `target` in place. Merging the same export twice changes nothing:
 * lessons match by key, cards keep the most recent review (attempts are matched by id by the store).
 */
export function mergeProgress(target: ProgressData, incoming: IncomingProgress): MergeCounts {
  const counts: MergeCounts = { lessons: 0, cards: 0 };
  for (const [key, at] of Object.entries(incoming.lessonsRead)) {
    const mine = target.lessonsRead[key];
    if (mine === undefined) counts.lessons++;
    if (mine === undefined || Date.parse(at) < Date.parse(mine)) target.lessonsRead[key] = at;
  }
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
