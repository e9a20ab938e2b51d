// The progress store's data and interface. Everything a learner does that must survive a run is
// here: lessons read, the reading position, every graded attempt, and review cards.

export const STORE_VERSION = 1;

/** One graded answer inside an attempt. */
export interface AttemptResult {
  question: string;
  module: string;
  /** The question's revision when it was answered: a later revision starts a fresh review card. */
  revision: number;
  correct: boolean;
  /** What was answered, as in an answers file: "b", ["a", "c"] or { item: category }; absent when unanswered. */
  given?: string | string[] | Record<string, string> | undefined;
}

export type AttemptKind = "quiz" | "exam" | "review";
export type AttemptMode = "interactive" | "scripted";

export interface Attempt {
  /** Random id, so that importing the same export twice does not double it. */
  id: string;
  kind: AttemptKind;
  mode: AttemptMode;
  /** When the attempt started (ISO 8601). */
  at: string;
  durationMs: number;
  modules: string[];
  score: number;
  total: number;
  passMark: number;
  passed: boolean;
  results: AttemptResult[];
}

/** A spaced-repetition card, keyed by question id (ts-fsrs card fields, dates as ISO strings). */
export interface ReviewCard {
  question: string;
  module: string;
  revision: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string | undefined;
}

export interface ReadingPosition {
  module: string;
  lesson: string;
  at: string;
}

export interface ProgressData {
  version: typeof STORE_VERSION;
  /** Lessons read, keyed `module/lesson`, with when they were first read (ISO 8601). */
  lessonsRead: Record<string, string>;
  position?: ReadingPosition | undefined;
  attempts: Attempt[];
  cards: Record<string, ReviewCard>;
}

/** A module's scores over all attempts that asked any of its questions, oldest first. */
export interface ScoreSummary {
  attempts: number;
  best: number;
  last: number;
  previous?: number | undefined;
  /** The latest percents, oldest first (at most RECENT_SCORES). */
  recent: number[];
}

export const RECENT_SCORES = 24;

/**
 * What `progress` and `modules` show, derived from the progress: small, so that a store of
 * thousands of attempts is summarized once when written, not on every read.
 */
export interface ProgressSummary {
  lessonsRead: Record<string, string>;
  position?: ReadingPosition | undefined;
  cards: Record<string, ReviewCard>;
  scores: Record<string, ScoreSummary>;
  attempts: number;
  answered: number;
  correct: number;
}

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
}

export interface StoreOptions {
  /** Folder of the store (EKS_PRIMER_HOME); undefined for conf's default per-user location. */
  home?: string | undefined;
  now?: () => Date;
  /** Told, in one line, about anything the user should know: a corrupted file moved aside. */
  onNotice?: (message: string) => void;
}
