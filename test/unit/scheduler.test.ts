import { describe, expect, it } from "vitest";
import { dueCards, nextDue } from "../../src/core/due.js";
import { scheduleResults } from "../../src/core/scheduler.js";
import type { AttemptResult, ReviewCard } from "../../src/store/types.js";

const T0 = new Date("2026-11-25T09:00:00.000Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const result = (question: string, correct: boolean, revision = 1): AttemptResult => ({
  question,
  module: "networking",
  revision,
  correct,
});

describe("review scheduling (FSRS)", () => {
  it("brings a missed question back before one answered right", () => {
    const cards: Record<string, ReviewCard> = {};
    scheduleResults(cards, [result("missed", false), result("right", true)], T0);
    const missed = Date.parse(cards.missed?.due ?? "");
    const right = Date.parse(cards.right?.due ?? "");
    expect(missed).toBeLessThan(right);
    expect(missed - T0.getTime()).toBeLessThanOrEqual(10 * 60_000);
    expect(right - T0.getTime()).toBeGreaterThanOrEqual(24 * 3600_000);
    expect(dueCards(cards, later(11)).map((c) => c.question)).toEqual(["missed"]);
    expect(nextDue(cards, later(11))).toBe(cards.right?.due);
  });

  it("spaces a question further each time it stays right", () => {
    const cards: Record<string, ReviewCard> = {};
    scheduleResults(cards, [result("q", true)], T0);
    const first = Date.parse(cards.q?.due ?? "") - T0.getTime();
    const at = new Date(cards.q?.due ?? "");
    scheduleResults(cards, [result("q", true)], at);
    const second = Date.parse(cards.q?.due ?? "") - at.getTime();
    expect(second).toBeGreaterThan(first);
    expect(cards.q?.reps).toBe(2);
  });

  it("starts a fresh card when the question's revision changes, and keeps it otherwise", () => {
    const cards: Record<string, ReviewCard> = {};
    scheduleResults(cards, [result("q", true)], T0);
    scheduleResults(cards, [result("q", true)], later(3 * 24 * 60));
    expect(cards.q?.reps).toBe(2);
    scheduleResults(cards, [result("q", false, 2)], later(4 * 24 * 60));
    expect(cards.q).toMatchObject({ revision: 2, reps: 1, lapses: 0 });
  });

  it("lists due cards most overdue first and empties as they are answered right", () => {
    const cards: Record<string, ReviewCard> = {};
    scheduleResults(cards, [result("a", false)], T0);
    scheduleResults(cards, [result("b", false)], later(5));
    const now = later(30);
    expect(dueCards(cards, now).map((c) => c.question)).toEqual(["a", "b"]);
    scheduleResults(cards, [result("a", true)], now);
    expect(dueCards(cards, now).map((c) => c.question)).toEqual(["b"]);
    scheduleResults(cards, [result("b", true)], now);
    expect(dueCards(cards, now)).toEqual([]);
    expect(dueCards(cards, now, (c) => c.question !== "a")).toEqual([]);
  });
});
