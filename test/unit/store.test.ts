// The progress store, on real files: round trips, bad files moved aside (never dropped), newer
// files refused untouched. Concurrent writers are separate processes: test/e2e/concurrency.test.ts.
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/shared/errors.js";
import { createStore } from "../../src/store/store.js";
import type { Attempt } from "../../src/store/types.js";
import { FIXTURES } from "../helpers/paths.js";

const fresh = () => mkdtempSync(join(tmpdir(), "eks-store-"));
const NOW = new Date("2026-11-25T08:30:00.000Z");

function attempt(id: string): Attempt {
  return {
    id,
    kind: "quiz",
    mode: "scripted",
    at: NOW.toISOString(),
    durationMs: 5,
    modules: ["intro"],
    score: 1,
    total: 1,
    passMark: 70,
    passed: true,
    results: [
      { question: "intro-upstream", module: "intro", revision: 1, correct: true, given: "c" },
    ],
  };
}

describe("the progress store", () => {
  it("starts empty and keeps what an update writes", async () => {
    const home = fresh();
    const store = createStore({ home, now: () => NOW });
    expect(store.path).toBe(join(home, "progress.json"));
    expect(await store.read()).toEqual({ version: 1, lessonsRead: {}, attempts: [], cards: {} });
    const returned = await store.update((data) => {
      data.lessonsRead["intro/what-is-eks"] = NOW.toISOString();
      data.attempts.push(attempt("a1"));
      return data.attempts.length;
    });
    expect(returned).toBe(1);
    const again = await createStore({ home }).read();
    expect(again.lessonsRead).toEqual({ "intro/what-is-eks": NOW.toISOString() });
    expect(again.attempts.map((a) => a.id)).toEqual(["a1"]);
    expect(JSON.parse(readFileSync(store.path, "utf8"))).toEqual(again);
  });

  it("writes nothing when the change throws", async () => {
    const home = fresh();
    const store = createStore({ home });
    await store.update((data) => void data.attempts.push(attempt("kept")));
    await expect(
      store.update((data) => {
        data.attempts.length = 0;
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await store.read()).attempts.map((a) => a.id)).toEqual(["kept"]);
  });

  it.each([
    ["not-json.json", /not valid JSON/],
    ["hand-edited.json", /attempts\.0\.score/],
    ["not-an-object.json", /not a JSON object/],
  ])(
    "moves a bad file (%s) aside to a dated backup, says where, and carries on",
    async (file, why) => {
      const home = fresh();
      const original = readFileSync(join(FIXTURES, "store", file), "utf8");
      copyFileSync(join(FIXTURES, "store", file), join(home, "progress.json"));
      const notices: string[] = [];
      const store = createStore({ home, now: () => NOW, onNotice: (m) => notices.push(m) });
      expect(await store.read()).toEqual({ version: 1, lessonsRead: {}, attempts: [], cards: {} });
      const backup = join(home, "progress.corrupt-2026-11-25T08-30-00Z.json");
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(why);
      expect(notices[0]).toContain(backup);
      expect(notices[0]).not.toContain("\n");
      expect(readFileSync(backup, "utf8")).toBe(original);
      expect(existsSync(join(home, "progress.json"))).toBe(false);
      await store.update((data) => void data.attempts.push(attempt("after")));
      expect((await store.read()).attempts).toHaveLength(1);
      expect(notices).toHaveLength(1);
    },
  );

  it("keeps every backup when bad files are moved aside within the same second", async () => {
    const home = fresh();
    const notices: string[] = [];
    for (const n of [1, 2]) {
      writeFileSync(join(home, "progress.json"), `broken ${n}`);
      await createStore({ home, now: () => NOW, onNotice: (m) => notices.push(m) }).read();
    }
    expect(readdirSync(home).sort()).toEqual([
      "progress.corrupt-2026-11-25T08-30-00Z-2.json",
      "progress.corrupt-2026-11-25T08-30-00Z.json",
    ]);
    expect(readFileSync(join(home, "progress.corrupt-2026-11-25T08-30-00Z.json"), "utf8")).toBe(
      "broken 1",
    );
  });

  it("refuses a file from a newer eks-primer and leaves it untouched", async () => {
    const home = fresh();
    const path = join(home, "progress.json");
    copyFileSync(join(FIXTURES, "store", "newer-version.json"), path);
    const before = readFileSync(path, "utf8");
    const store = createStore({ home });
    const error = await store.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/newer eks-primer \(store version 7\)/);
    expect((error as CliError).hint).toMatch(/upgrade/);
    await expect(store.update(() => undefined)).rejects.toBeInstanceOf(CliError);
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(readdirSync(home).filter((f) => f.includes("corrupt"))).toEqual([]);
  });

  it("summarizes from a cache beside the file, and never from a stale one", async () => {
    const home = fresh();
    const store = createStore({ home, now: () => NOW });
    expect((await store.summary()).attempts).toBe(0);
    await store.update((data) => {
      data.attempts.push(attempt("a1"), attempt("a2"));
    });
    const cache = join(home, "progress.summary.json");
    expect(existsSync(cache)).toBe(true);
    expect(await store.summary()).toMatchObject({
      attempts: 2,
      answered: 2,
      correct: 2,
      scores: { intro: { attempts: 2, best: 100, last: 100, recent: [100, 100] } },
    });
    // A hand edit changes the file: the cache no longer matches and is not used.
    const path = join(home, "progress.json");
    const data = JSON.parse(readFileSync(path, "utf8")) as { attempts: Attempt[] };
    data.attempts = data.attempts.slice(0, 1);
    writeFileSync(path, JSON.stringify(data));
    expect((await createStore({ home }).summary()).attempts).toBe(1);
    // A broken cache is ignored too.
    writeFileSync(cache, "{ not json");
    expect((await createStore({ home }).summary()).attempts).toBe(1);
    expect(JSON.parse(readFileSync(cache, "utf8"))).toMatchObject({ summary: { attempts: 1 } });
  });
});
