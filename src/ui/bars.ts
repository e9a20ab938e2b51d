/** A progress bar of `width` cells: ████░░░░ */
export function bar(done: number, total: number, width = 10): string {
  const filled = total <= 0 ? 0 : Math.round((Math.min(done, total) / total) * width);
  return "█".repeat(filled) + "░".repeat(width - filled);
}

const SPARKS = "▁▂▃▄▅▆▇█";

/** Scores (0-100) as a sparkline: ▂▅▇ */
export function sparkline(values: readonly number[]): string {
  return values
    .map(
      (v) =>
        SPARKS[
          Math.min(SPARKS.length - 1, Math.floor((Math.max(0, v) / 100) * (SPARKS.length - 1)))
        ],
    )
    .join("");
}
