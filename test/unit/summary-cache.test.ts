// The summary cache on real files: used only while the progress file has the size and
// modification time it was made from, and ignored (never trusted) when it is broken.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cacheSummary,
  fileState,
  readCachedSummary,
  type FileState,
} from "../../src/store/summary-cache.js";
import type { ProgressSummary } from "../../src/store/types.js";

const cacheFile = () => join(mkdtempSync(join(tmpdir(), "eks-summary-")), "progress.summary.json");
const SOURCE: FileState = { size: 1234, mtimeMs: 1_780_000_000_000.5 };
const SUMMARY: ProgressSummary = {
  lessonsRead: { "intro/what-is-eks": "2026-11-25T08:30:00.000Z" },
  cards: {},
  scores: { intro: { attempts: 2, best: 100, last: 50, previous: 100, recent: [100, 50] } },
  attempts: 2,
  answered: 4,
  correct: 3,
};

describe("the summary cache", () => {
  it.each([
    { file: "the same size and modification time", now: SOURCE, used: true },
    { file: "another size", now: { ...SOURCE, size: 1235 }, used: false },
    {
      file: "another modification time",
      now: { ...SOURCE, mtimeMs: SOURCE.mtimeMs + 1 },
      used: false,
    },
  ])("for a file of $file, the cached summary is used: $used", async ({ now, used }) => {
    const file = cacheFile();
    await cacheSummary(file, SUMMARY, SOURCE);
    expect(await readCachedSummary(file, now)).toEqual(used ? SUMMARY : undefined);
  });

  it.each([
    ["not JSON", "{ not json"],
    ["not an object", "[1, 2]"],
    ["another version", JSON.stringify({ version: 2, source: SOURCE, summary: SUMMARY })],
    ["missing its key", JSON.stringify({ version: 1, summary: SUMMARY })],
    [
      "a summary of the wrong shape",
      JSON.stringify({ version: 1, source: SOURCE, summary: { ...SUMMARY, attempts: "2" } }),
    ],
  ])("ignores a cache that is %s", async (_, text) => {
    const file = cacheFile();
    writeFileSync(file, text);
    expect(await readCachedSummary(file, SOURCE)).toBeUndefined();
  });

  it("is missing before anything is cached, and nothing is cached for a missing file", async () => {
    const file = cacheFile();
    expect(await readCachedSummary(file, SOURCE)).toBeUndefined();
    await cacheSummary(file, SUMMARY, undefined);
    expect(fileState(file)).toBeUndefined();
  });
});
