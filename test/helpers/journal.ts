// Reading a store's files the way a test checks them: the bounded progress file and the attempt
// journal beside it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Attempt, ProgressData } from "../../src/store/types.js";

/** The progress file as written. */
export const storedProgress = (home: string) =>
  JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as ProgressData;

/** Every attempt of the journal, in order. */
export function journalAttempts(home: string): Attempt[] {
  const path = join(home, "progress.attempts.jsonl");
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Attempt);
}
