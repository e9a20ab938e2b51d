// The zod schemas of the progress file and of the summary cache beside it, and the migrations
// that bring older files up to date. The store's types (types.ts) are inferred from these.
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

export const attemptSchema = z.object({
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
});

/** A spaced-repetition card, keyed by question id (ts-fsrs card fields, dates as ISO strings). */
export const cardSchema = z.object({
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

export const readingPositionSchema = z.object({
  module: z.string(),
  lesson: z.string(),
  at: iso,
  /** The first line on screen when the lesson was left (at that terminal's width). */
  line: z.optional(z.number().check(z.int(), z.nonnegative())),
});

export const progressSchema = z.object({
  version: z.literal(STORE_VERSION),
  /** Lessons read, keyed `module/lesson`, with when they were first read (ISO 8601). */
  lessonsRead: z.record(z.string(), iso),
  position: z.optional(readingPositionSchema),
  attempts: z.array(attemptSchema),
  cards: z.record(z.string(), cardSchema),
  /** Hands-on exercises solved in a practice workspace: exercise id -> when (ISO 8601). */
  practiceSolved: z.optional(z.record(z.string(), iso)),
});

/** A module's scores over all attempts that asked any of its questions, oldest first. */
export const scoreSummarySchema = z.object({
  attempts: z.number(),
  best: z.number(),
  last: z.number(),
  previous: z.optional(z.number()),
  /** The latest percents, oldest first (at most RECENT_SCORES). */
  recent: z.array(z.number()),
});

/**
 * What `progress` and `modules` show, derived from the progress: small, so that a store of
 * thousands of attempts is summarized once when written, not on every read.
 */
export const progressSummarySchema = z.object({
  lessonsRead: z.record(z.string(), iso),
  position: z.optional(readingPositionSchema),
  cards: z.record(z.string(), cardSchema),
  scores: z.record(z.string(), scoreSummarySchema),
  attempts: z.number(),
  answered: z.number(),
  correct: z.number(),
  practiceSolved: z.optional(z.record(z.string(), iso)),
});

/** The summary cache beside the progress file (see summary-cache.ts). */
export const summaryCacheSchema = z.object({
  version: z.literal(1),
  source: z.object({ size: z.number(), mtimeMs: z.number() }),
  summary: progressSummarySchema,
});

/**
 * Migrations from each older version to the next one. Version 1 is the first, so the list is
 * empty; a version 2 adds `1: (old) => ({ ...old, version: 2, ... })` here and bumps STORE_VERSION.
 */
export const MIGRATIONS: Record<
  number,
  (data: Record<string, unknown>) => Record<string, unknown>
> = {};

export type CheckResult =
  | { ok: true; data: z.infer<typeof progressSchema>; migrated: boolean }
  | { ok: false; reason: string; newer?: number };

/** Checks (and migrates) what was read from the progress file. */
export function checkProgress(raw: unknown): CheckResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: "it is not a JSON object" };
  }
  let data = raw as Record<string, unknown>;
  const version = data["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: "it has no valid version number" };
  }
  if (version > STORE_VERSION) return { ok: false, reason: "newer version", newer: version };
  let migrated = false;
  for (let v = version; v < STORE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step === undefined) return { ok: false, reason: `no migration from version ${v}` };
    data = step(data);
    migrated = true;
  }
  const parsed = progressSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "top level";
    return { ok: false, reason: `${where}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, data: parsed.data, migrated };
}
