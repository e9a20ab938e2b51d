import { distance } from "fastest-levenshtein";

/** The candidates closest to `input`, best first; empty when nothing is close enough. */
export function suggest(input: string, candidates: readonly string[], max = 3): string[] {
  // Nothing is close to a very long input, and measuring how far it is costs its length squared.
  if (input.length > 200) return [];
  const needle = input.toLowerCase();
  const scored = candidates
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      const d = hay.startsWith(needle) || needle.startsWith(hay) ? 0.5 : distance(needle, hay);
      return { candidate, d };
    })
    .filter(({ candidate, d }) => d <= Math.max(2, Math.floor(candidate.length / 3)))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate));
  // Only the closest ones; among equally close ones, those that start like the input.
  const best = scored.filter(({ d }) => d === scored[0]?.d);
  const sameStart = best.filter(({ candidate }) => candidate[0]?.toLowerCase() === needle[0]);
  return (sameStart.length > 0 ? sameStart : best).slice(0, max).map(({ candidate }) => candidate);
}

/** "did you mean networking?" or "did you mean a, b or c?"; undefined when nothing is close. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const found = suggest(input, candidates);
  if (found.length === 0) return undefined;
  const last = found.pop();
  return found.length === 0
    ? `did you mean ${last}?`
    : `did you mean ${found.join(", ")} or ${last}?`;
}
