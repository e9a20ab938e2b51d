// The zod schemas of the progress file (store version 2: bounded state), of an attempt (a line of
// the journal) and of the version-1 file that is migrated. The store's types (types.ts) are
// inferred from these.
import * as z from "zod/mini";
import { STORE_VERSION } from "./version.js";

const iso = z.string().check(z.minLength(1));
const given = z.union([z.string(), z.array(z.string()), z.record(z.string(), z.string())]);

/** One graded answer inside an attempt. */
export const attemptResultSchema = z.object({
  question: z.string(),
  module: z.string(),
  /** The question's revision when it was answered: a later revision starts a fresh review card. */
  revision: z.number().check(z.int(), z.nonnegative()),
  correct: z.boolean(),
  /** What was answered, as in an answers file: "b", ["a", "c"] or { item: category }; absent when unanswered. */
  given: z.optional(given),
});

export const attemptSchema = z.looseObject({
  /** Random id, so that importing the same export twice does not double it. */
  id: z.string().check(z.minLength(1)),
  kind: z.enum(["quiz", "exam", "review"]),
  mode: z.enum(["interactive", "scripted"]),
  /** When the attempt started (ISO 8601). */
  at: iso,
  durationMs: z.number().check(z.nonnegative()),
  modules: z.array(z.string()),
  score: z.number().check(z.int(), z.nonnegative()),
  total: z.number().check(z.int(), z.nonnegative()),
  passMark: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
  results: z.array(attemptResultSchema),
  /** What a quiz was asked for: a module id, sorted module ids joined by commas, or "all". */
  scope: z.optional(z.string()),
  /** The modules every question of which this quiz asked: only those get a best and last score. */
  complete: z.optional(z.array(z.string())),
});

/** A spaced-repetition card, keyed by question id (ts-fsrs card fields, dates as ISO strings). */
export const cardSchema = z.looseObject({
  question: z.string(),
  module: z.string(),
  revision: z.number().check(z.int(), z.nonnegative()),
  due: iso,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number().check(z.int(), z.nonnegative()),
  lapses: z.number().check(z.int(), z.nonnegative()),
  state: z.number().check(z.int(), z.minimum(0), z.maximum(3)),
  last_review: z.optional(iso),
});

export const readingPositionSchema = z.looseObject({
  module: z.string(),
  lesson: z.string(),
  at: iso,
  /** The first line on screen when the lesson was left (at that terminal's width). */
  line: z.optional(z.number().check(z.int(), z.nonnegative())),
});

/** The progress file of store version 1: every attempt inside it (today's exports keep this form). */
export const progressV1Schema = z.looseObject({
  version: z.literal(1),
  lessonsRead: z.record(z.string(), iso),
  position: z.optional(readingPositionSchema),
  attempts: z.array(attemptSchema),
  cards: z.record(z.string(), cardSchema),
});

/** A module's quiz scores (quizzes of the whole module only), or one kind's (exams, reviews). */
export const scoreSummarySchema = z.looseObject({
  attempts: z.number(),
  best: z.number(),
  last: z.number(),
  previous: z.optional(z.number()),
  /** When the latest one counted was taken: an older imported attempt does not become the last. */
  lastAt: z.optional(iso),
  /** The latest percents, oldest first (at most RECENT_SCORES): the sparkline. */
  recent: z.array(z.number()),
});

/**
 * The progress file (store version 2): only what the course bounds. Every attempt is a line of
 * the journal beside it; this keeps what the summaries need, updated with each attempt.
 */
export const progressSchema = z.looseObject({
  version: z.literal(STORE_VERSION),
  /** Lessons read, keyed `module/lesson`, with when they were first read (ISO 8601). */
  lessonsRead: z.record(z.string(), iso),
  position: z.optional(readingPositionSchema),
  cards: z.record(z.string(), cardSchema),
  /** Per module: quizzes that asked all of its questions. */
  scores: z.record(z.string(), scoreSummarySchema),
  /** Exams and reviews, each scored as a whole. */
  kinds: z.record(z.string(), scoreSummarySchema),
  totals: z.looseObject({ attempts: z.number(), answered: z.number(), correct: z.number() }),
  /** Per quiz scope, the questions missed in its latest attempt. */
  lastMissed: z.record(z.string(), z.looseObject({ at: iso, missed: z.array(z.string()) })),
  /** Hands-on exercises solved in a practice workspace: exercise id -> when (ISO 8601). */
  practiceSolved: z.optional(z.record(z.string(), iso)),
});

/** What `progress` and `modules` show: the bounded part of the progress. */
export const progressSummarySchema = progressSchema;

export type CheckResult =
  | { ok: true; data: z.infer<typeof progressSchema>; migrated: boolean }
  | { ok: false; reason: string; newer?: number };

function firstIssue(error: { issues: readonly { path: PropertyKey[]; message: string }[] }) {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.map(String).join(".") : "top level";
  return `${where}: ${issue?.message ?? "invalid"}`;
}

/** Checks what was read from the progress file (a version-1 file is migrated by the store). */
export function checkProgress(
  raw: unknown,
): CheckResult | { ok: "v1"; data: z.infer<typeof progressV1Schema> } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: "it is not a JSON object" };
  }
  const version = (raw as Record<string, unknown>)["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: "it has no valid version number" };
  }
  if (version > STORE_VERSION) return { ok: false, reason: "newer version", newer: version };
  if (version === 1) {
    const v1 = progressV1Schema.safeParse(raw);
    return v1.success ? { ok: "v1", data: v1.data } : { ok: false, reason: firstIssue(v1.error) };
  }
  const parsed = progressSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error) };
  return { ok: true, data: parsed.data, migrated: false };
}
