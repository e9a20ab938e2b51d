// The progress store's data and interface. What a learner does that must survive a run is here:
// lessons read, the reading position, review cards and scores in the progress file (bounded by
// the course), and every graded attempt as a line of the journal beside it. The data types are
// inferred from the zod schemas (schema.ts), imported as types only: reading them loads no zod.
import { STORE_VERSION } from "./version.js";
import type * as z from "zod/mini";
import type {
  attemptResultSchema,
  attemptSchema,
  cardSchema,
  progressSchema,
  progressSummarySchema,
  progressV1Schema,
  readingPositionSchema,
  scoreSummarySchema,
} from "./schema.js";

export { STORE_VERSION };

export type AttemptResult = z.infer<typeof attemptResultSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type AttemptKind = Attempt["kind"];
export type AttemptMode = Attempt["mode"];
export type ReviewCard = z.infer<typeof cardSchema>;
export type ReadingPosition = z.infer<typeof readingPositionSchema>;
export type ProgressData = z.infer<typeof progressSchema>;
export type ProgressV1 = z.infer<typeof progressV1Schema>;
export type ScoreSummary = z.infer<typeof scoreSummarySchema>;
export type ProgressSummary = z.infer<typeof progressSummarySchema>;

export const RECENT_SCORES = 24;

export function emptyProgress(): ProgressData {
  return {
    version: STORE_VERSION,
    lessonsRead: {},
    cards: {},
    scores: {},
    kinds: {},
    totals: { attempts: 0, answered: 0, correct: 0 },
    lastMissed: {},
  };
}

/** What an import brings: the bounded parts to merge and the attempts to append. */
export interface ImportBatch {
  attempts: readonly Attempt[];
  /** Merges the bounded parts (lessons, cards, position) into the progress; returns its counts. */
  merge(progress: ProgressData): { lessons: number; cards: number };
}

export interface Store {
  /** The progress file (the bounded state). */
  readonly path: string;
  /** The attempt journal beside it: one JSON line per attempt. */
  readonly journalPath: string;
  /** The progress as it is now. A file that fails validation is moved aside (see createStore). */
  read(): Promise<ProgressData>;
  /**
   * Changes the progress safely: under a lock shared by every eks-primer process, re-reads the
   * file, applies `change` to it, and writes the result atomically. Returns what `change` returns.
   */
  update<T>(change: (data: ProgressData) => T | Promise<T>): Promise<T>;
  /**
   * Records an attempt in one locked step: appends it to the journal (one write) and updates the
   * bounded state (scores, totals, last missed) and whatever `change` does (review cards).
   * `change` sees the progress as it was before the attempt.
   */
  record<T>(attempt: Attempt, change: (data: ProgressData) => T): Promise<T>;
  /** The summary of the progress: the bounded state, never a scan of the history. */
  summary(): Promise<ProgressSummary>;
  /**
   * The question ids missed (wrong or unanswered) in the latest quiz of `scope` (a module id,
   * sorted module ids joined by commas, or "all"); undefined when there was none.
   */
  lastMissed(scope: string): Promise<string[] | undefined>;
  /** Every attempt of the journal, oldest first, streamed (a torn or bad line is skipped). */
  attempts(): AsyncIterable<Attempt>;
  /** Appends the attempts not already here (by id) and merges the rest; returns the counts. */
  importBatch(batch: ImportBatch): Promise<{ lessons: number; cards: number; attempts: number }>;
  /** Forgets everything, or one module (its answers are dropped from the journal too). */
  reset(module?: string): Promise<void>;
}

export interface StoreOptions {
  /** Folder of the store (EKS_PRIMER_HOME); undefined for conf's default per-user location. */
  home?: string | undefined;
  now?: () => Date;
  /** Told, in one line, about anything the user should know: a corrupted file moved aside. */
  onNotice?: (message: string) => void;
  /** Told once, after a second of waiting for the lock, which process holds it (if known). */
  onWait?: (pid: number | undefined) => void;
}
