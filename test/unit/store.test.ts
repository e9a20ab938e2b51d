// The progress store, on real files: round trips, the journal (appends, torn last line), the
// migration of version-1 files, bad files moved aside (never dropped), newer files refused untouched. Concurrent writers are separate processes: test/e2e/concurrency.test.ts.
import {
  appendFileSync,
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
import { hash } from "../../src/shared/hash.js";
import envPaths from "env-paths";
import { userFolder } from "../../src/shared/user-folders.js";
import { createStore, storeFolder } from "../../src/store/store.js";
import type { Attempt } from "../../src/store/types.js";
import { FIXTURES } from "../helpers/paths.js";
import { emptyProgress } from "../../src/store/types.js";

const EMPTY = emptyProgress();
const ids = async (store: ReturnType<typeof createStore>) => {
  const seen: string[] = [];
  for await (const a of store.attempts()) seen.push(a.id);
  return seen;
};

const fresh = () => mkdtempSync(join(tmpdir(), "eks-store-"));
const NOW = new Date("2026-11-25T08:30:00.000Z");

function attempt(id: string, at = NOW.toISOString()): Attempt {
  return {
    id,
    kind: "quiz",
    mode: "scripted",
    at,
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
  it("starts empty and keeps what an update and a record write", async () => {
    const home = fresh();
    const store = createStore({ home, now: () => NOW });
    expect(store.path).toBe(join(home, "progress.json"));
    expect(store.journalPath).toBe(join(home, "progress.attempts.jsonl"));
    expect(await store.read()).toEqual(EMPTY);
    const returned = await store.update((data) => {
      data.lessonsRead["intro/what-is-eks"] = NOW.toISOString();
      return Object.keys(data.lessonsRead).length;
    });
    expect(returned).toBe(1);
    await store.record(attempt("a1"), () => undefined);
    const again = await createStore({ home }).read();
    expect(again.lessonsRead).toEqual({ "intro/what-is-eks": NOW.toISOString() });
    expect(await ids(store)).toEqual(["a1"]);
    expect(again.totals).toEqual({ attempts: 1, answered: 1, correct: 1 });
    expect(JSON.parse(readFileSync(store.path, "utf8"))).toEqual(again);
    expect(readFileSync(store.journalPath, "utf8").split("\n")).toHaveLength(2);
  });

  it("writes nothing when the change throws", async () => {
    const home = fresh();
    const store = createStore({ home });
    await store.record(attempt("kept"), () => undefined);
    await expect(
      store.record(attempt("lost"), () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await ids(store)).toEqual(["kept"]);
    expect((await store.read()).totals.attempts).toBe(1);
  });

  it("keeps fields it does not know (from a newer minor version)", async () => {
    const home = fresh();
    const store = createStore({ home, now: () => NOW });
    await store.record(attempt("a1"), () => undefined);
    const path = join(home, "progress.json");
    const data = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...data, settings: { theme: "dark" } }));
    await store.record({ ...attempt("a2"), note: "kept too" }, () => undefined);
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ settings: { theme: "dark" } });
    expect(readFileSync(store.journalPath, "utf8")).toContain('"note":"kept too"');
  });

  it("skips a torn last line with a notice, and sets it aside before the next append", async () => {
    const home = fresh();
    const notices: string[] = [];
    const store = createStore({ home, now: () => NOW, onNotice: (m) => notices.push(m) });
    await store.record(attempt("a1"), () => undefined);
    const torn = JSON.stringify(attempt("a2")).slice(0, 40);
    appendFileSync(store.journalPath, torn);
    expect(await ids(store)).toEqual(["a1"]);
    expect(notices.join("\n")).toMatch(/last line of .* is incomplete/);
    notices.length = 0;
    await store.record(attempt("a3"), () => undefined);
    expect(await ids(store)).toEqual(["a1", "a3"]);
    const aside = join(home, "progress.attempts.jsonl.torn-2026-11-25T08-30-00Z");
    expect(readFileSync(aside, "utf8")).toBe(`${torn}\n`);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(aside);
  });

  it("migrates a version-1 file on the first write, keeping a backup", async () => {
    const home = fresh();
    const v1 = {
      version: 1,
      lessonsRead: { "intro/what-is-eks": NOW.toISOString() },
      cards: {},
      attempts: [attempt("late", "2026-11-25T09:00:00.000Z"), attempt("early")],
    };
    const original = JSON.stringify(v1);
    writeFileSync(join(home, "progress.json"), original);
    const notices: string[] = [];
    const store = createStore({ home, now: () => NOW, onNotice: (m) => notices.push(m) });
    // Read-only use sees the same progress and changes nothing.
    expect((await store.read()).scores["intro"]).toMatchObject({ attempts: 2, best: 100 });
    expect(await ids(store)).toEqual(["early", "late"]);
    expect(readdirSync(home)).toEqual(["progress.json"]);
    await store.record(attempt("new", "2026-11-25T10:00:00.000Z"), () => undefined);
    expect(await ids(store)).toEqual(["early", "late", "new"]);
    const backup = join(home, "progress.v1-2026-11-25T08-30-00Z.json");
    expect(readFileSync(backup, "utf8")).toBe(original);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(backup);
    const now = await store.read();
    expect(now).toMatchObject({ version: 2, lessonsRead: v1.lessonsRead });
    expect(now.totals.attempts).toBe(3);
    expect(now.scores["intro"]).toMatchObject({ attempts: 3, recent: [100, 100, 100] });
  });

  it("scores a module only from quizzes of all of it; exams and reviews as their own kinds", async () => {
    const home = fresh();
    const store = createStore({ home, now: () => NOW });
    const wrong = (a: Attempt): Attempt => ({
      ...a,
      score: 0,
      passed: false,
      results: a.results.map((r) => ({ ...r, correct: false })),
    });
    await store.record({ ...wrong(attempt("q1")), scope: "intro", complete: ["intro"] }, () => 0);
    await store.record({ ...attempt("part"), scope: "intro", complete: [] }, () => 0);
    await store.record({ ...attempt("exam"), kind: "exam" }, () => 0);
    await store.record({ ...attempt("review"), kind: "review" }, () => 0);
    const data = await store.read();
    expect(data.scores["intro"]).toMatchObject({ attempts: 1, best: 0, last: 0 });
    expect(data.kinds).toMatchObject({ exam: { best: 100 }, review: { attempts: 1 } });
    expect(data.totals.attempts).toBe(4);
  });

  it("knows the questions missed in the latest quiz of each scope", async () => {
    const home = fresh();
    const store = createStore({ home, now: () => NOW });
    expect(await store.lastMissed("intro")).toBeUndefined();
    const missed = (id: string, at: string, scope: string, wrong: string[]): Attempt => ({
      ...attempt(id, at),
      scope,
      results: ["q1", "q2", "q3"].map((q) => ({
        question: q,
        module: "intro",
        revision: 1,
        correct: !wrong.includes(q),
      })),
    });
    await store.record(missed("1", "2026-11-25T08:00:00.000Z", "intro", ["q1", "q3"]), () => 0);
    await store.record(missed("2", "2026-11-25T08:10:00.000Z", "all", ["q2"]), () => 0);
    expect(await store.lastMissed("intro")).toEqual(["q1", "q3"]);
    expect(await store.lastMissed("all")).toEqual(["q2"]);
    await store.record(missed("3", "2026-11-25T08:20:00.000Z", "intro", []), () => 0);
    expect(await store.lastMissed("intro")).toEqual([]);
    expect(await store.lastMissed("cost,intro")).toBeUndefined();
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
      expect(await store.read()).toEqual(EMPTY);
      const backup = join(home, "progress.corrupt-2026-11-25T08-30-00Z.json");
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(why);
      expect(notices[0]).toContain(backup);
      expect(notices[0]).not.toContain("\n");
      expect(readFileSync(backup, "utf8")).toBe(original);
      expect(existsSync(join(home, "progress.json"))).toBe(false);
      await store.record(attempt("after"), () => undefined);
      expect((await store.read()).totals.attempts).toBe(1);
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
});

describe("the store's folder", () => {
  it("is EKS_PRIMER_HOME when set, else the folder conf (env-paths) chooses", () => {
    expect(storeFolder("/srv/class/progress")).toBe("/srv/class/progress");
    expect(storeFolder(undefined)).toBe(envPaths("eks-primer", { suffix: "nodejs" }).config);
  });

  it("follows XDG_CONFIG_HOME on Linux, as env-paths does", () => {
    const before = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = "/tmp/xdg-config";
    try {
      const expected =
        process.platform === "linux"
          ? "/tmp/xdg-config/eks-primer-nodejs"
          : envPaths("eks-primer", { suffix: "nodejs" }).config;
      expect(storeFolder(undefined)).toBe(expected);
    } finally {
      if (before === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = before;
    }
  });
});

describe("the user's cache folder", () => {
  it("is where env-paths puts it, and follows XDG_CACHE_HOME on Linux", () => {
    expect(userFolder("cache", "eks-primer-nodejs")).toBe(
      envPaths("eks-primer", { suffix: "nodejs" }).cache,
    );
    expect(
      userFolder("cache", "eks-primer-nodejs", { XDG_CACHE_HOME: "/tmp/xdg-cache" }, "linux"),
    ).toBe("/tmp/xdg-cache/eks-primer-nodejs");
  });
});

describe("the digest of the progress file", () => {
  it("is kept beside the file at each write; a file edited since is checked again", async () => {
    const home = fresh();
    await createStore({ home, now: () => NOW }).record(attempt("a"), () => undefined);
    const path = join(home, "progress.json");
    expect(readFileSync(`${path}.digest`, "utf8").trim()).toBe(hash(readFileSync(path, "utf8")));
    const edited = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    edited.totals = "many";
    writeFileSync(path, JSON.stringify(edited));
    const notices: string[] = [];
    const store = createStore({ home, now: () => NOW, onNotice: (m) => notices.push(m) });
    expect(await store.read()).toEqual(EMPTY);
    expect(notices[0]).toMatch(/totals/);
  });

  it("spares the check of the text exactly as eks-primer wrote it", async () => {
    // Shown with a text the check would refuse, but whose digest matches.
    const home = fresh();
    const path = join(home, "progress.json");
    const text = JSON.stringify({ ...emptyProgress(), totals: "as written" });
    writeFileSync(path, text);
    writeFileSync(`${path}.digest`, hash(text));
    expect((await createStore({ home }).read()).totals).toBe("as written");
  });
});
