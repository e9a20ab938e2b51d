// The progress store's data and interface. Everything a learner does that must survive a run is
// here: lessons read, the reading position, every graded attempt, and review cards. The data types
// are inferred from the zod schemas (schema.ts), imported as types only: reading them loads no zod.
import { STORE_VERSION } from "./version.js";
import type * as z from "zod/mini";
import type {
  attemptResultSchema,
  attemptSchema,
  cardSchema,
  progressSchema,
  progressSummarySchema,
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
export type ScoreSummary = z.infer<typeof scoreSummarySchema>;
export type ProgressSummary = z.infer<typeof progressSummarySchema>;

export const RECENT_SCORES = 24;

export function emptyProgress(): ProgressData {
  return { version: STORE_VERSION, lessonsRead: {}, attempts: [], cards: {} };
}

export interface Store {
  /** The file the progress lives in. */
  readonly path: string;
  /** The progress as it is now. A file that fails validation is moved aside (see createStore). */
  read(): Promise<ProgressData>;
  /**
   * Changes the progress safely: under a lock shared by every eks-primer process, re-reads the
   * file, applies `change` to it, and writes the result atomically. Returns what `change` returns.
   */
  update<T>(change: (data: ProgressData) => T | Promise<T>): Promise<T>;
  /** The summary of the progress, from a cache beside the file while the file is unchanged. */
  summary(): Promise<ProgressSummary>;
  /**
   * Ids missed (wrong or unanswered) in the most recent quiz attempt of `scope`: a module id, a
   * sorted comma-joined list of module ids, or `all`; undefined when there was no such attempt.
   */
  lastMissed(scope: string): Promise<string[] | undefined>;
}

export interface StoreOptions {
  /** Folder of the store (EKS_PRIMER_HOME); undefined for conf's default per-user location. */
  home?: string | undefined;
  now?: () => Date;
  /** Told, in one line, about anything the user should know: a corrupted file moved aside. */
  onNotice?: (message: string) => void;
}
