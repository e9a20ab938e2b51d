/** A seeded source of numbers in [0, 1): the same seed gives the same sequence on every machine. */
export type Random = () => number;

export const MAX_SEED = 0xffffffff;

/**
 * A seed for a quiz nobody gave one: Math.random, which is enough to vary the questions and
 * their order (loading node:crypto for it would cost every quiz some 6 ms).
 */
export function newSeed(): number {
  return Math.floor(Math.random() * MAX_SEED);
}

/**
 * An id for a new attempt, shaped as a UUID (version 4). Import tells the attempts a store
 * already has by their ids, so they must not repeat across runs, processes or machines: 122
 * random bits, as many as crypto.randomUUID gives, from Math.random, which V8 seeds in every
 * process from Node's entropy source. Recording then loads no node:crypto at all (conf is built
 * without it too): 249.5 against 240.1 ms.
 */
export function newAttemptId(): string {
  const hex = (digits: number) => {
    let text = "";
    for (let i = 0; i < digits; i++) text += Math.floor(Math.random() * 16).toString(16);
    return text;
  };
  const variant = (8 + Math.floor(Math.random() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

/** mulberry32: a tiny, well-known 32-bit PRNG; plenty for shuffling a quiz, not for secrets. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher-Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `count` items picked at random, kept in their original order. */
export function sample<T>(items: readonly T[], count: number, random: Random): T[] {
  if (count >= items.length) return [...items];
  const picked = new Set(
    shuffle(
      Array.from(items, (_, i) => i),
      random,
    ).slice(0, Math.max(0, count)),
  );
  return items.filter((_, i) => picked.has(i));
}
