// What an import brings is checked before it is trusted: its shape (zod), then every date (valid,
// and not ahead of the clock by more than a day) and every review card's scheduler fields (in the
// ranges the scheduler works in). Each problem is reported with its path inside the file.
import * as z from "zod/mini";
import { attemptSchema, cardSchema, readingPositionSchema } from "./schema.js";
import { STORE_VERSION } from "./version.js";

const iso = z.string().check(z.minLength(1));

/** The progress inside an export: store version 1 or 2, attempts listed. */
export const exportedProgressSchema = z.looseObject({
  version: z.number().check(z.int(), z.minimum(1)),
  lessonsRead: z.record(z.string(), iso),
  position: z.optional(readingPositionSchema),
  cards: z.record(z.string(), cardSchema),
  attempts: z._default(z.array(attemptSchema), []),
});
export type ExportedProgress = z.infer<typeof exportedProgressSchema>;

export interface ImportProblem {
  path: string;
  message: string;
}

const SKEW_MS = 24 * 60 * 60 * 1000;
const MAX_PROBLEMS = 20;

export type ImportCheck =
  { ok: true; data: ExportedProgress } | { ok: false; problems: ImportProblem[]; newer?: number };

/** Checks the `progress` of an export (at `base`, a path prefix such as "progress"). */
export function checkImport(raw: unknown, now: Date, base: string): ImportCheck {
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === "number" && version > STORE_VERSION) {
    return { ok: false, problems: [], newer: version };
  }
  const parsed = exportedProgressSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
      path: [base, ...issue.path.map(String)].join("."),
      message: issue.message,
    }));
    return { ok: false, problems };
  }
  const problems = valueProblems(parsed.data, now.getTime() + SKEW_MS, base);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: parsed.data };
}

function valueProblems(data: ExportedProgress, latest: number, base: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add = (path: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path: `${base}.${path}`, message });
  };
  const date = (path: string, value: string | undefined) => {
    if (value === undefined) return;
    const at = Date.parse(value);
    if (Number.isNaN(at)) add(path, `"${value}" is not a date`);
    else if (at > latest) add(path, `${value} is in the future`);
  };
  for (const [key, at] of Object.entries(data.lessonsRead)) date(`lessonsRead.${key}`, at);
  date("position.at", data.position?.at);
  data.attempts.forEach((attempt, i) => date(`attempts.${i}.at`, attempt.at));
  for (const [id, card] of Object.entries(data.cards)) {
    const at = `cards.${id}`;
    date(`${at}.last_review`, card.last_review);
    // A due date ahead is normal (that is when it is due); it only has to be a date.
    if (Number.isNaN(Date.parse(card.due))) add(`${at}.due`, `"${card.due}" is not a date`);
    const range = (field: string, value: number, min: number, max: number) => {
      if (!Number.isFinite(value) || value < min || value > max) {
        add(`${at}.${field}`, `${value} is out of range (${min} to ${max})`);
      }
    };
    range("stability", card.stability, 0, 1e6);
    range("difficulty", card.difficulty, 0, 10);
    range("elapsed_days", card.elapsed_days, 0, 1e6);
    range("scheduled_days", card.scheduled_days, 0, 1e6);
    range("learning_steps", card.learning_steps, 0, 1e3);
  }
  return problems;
}
