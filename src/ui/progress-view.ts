import type { ProgressReport } from "../core/progress-stats.js";
import { bar, sparkline } from "./bars.js";
import type { Output } from "./output.js";
import { wrapAnsi } from "fast-wrap-ansi";
import { createTheme, padEnd } from "./theme.js";
import { maxOf } from "../shared/arrays.js";

const pct = (n: number | null) => (n === null ? "-" : `${n}%`);

/** When is `iso` from `now`, in words: "in 3 minutes", "in 2 days". */
export function fromNow(iso: string, now: Date): string {
  const minutes = Math.max(1, Math.round((Date.parse(iso) - now.getTime()) / 60_000));
  const [n, unit] =
    minutes < 60
      ? [minutes, "minute"]
      : minutes < 36 * 60
        ? [Math.round(minutes / 60), "hour"]
        : [Math.round(minutes / 1440), "day"];
  return `in ${n} ${unit}${n === 1 ? "" : "s"}`;
}

function kindLine(label: string, word: string, kind: ProgressReport["exams"]): string[] {
  if (kind.attempts === 0) return [];
  const n = `${kind.attempts} ${word}${kind.attempts === 1 ? "" : "s"}`;
  return [`${label}: ${n}, best ${pct(kind.best)}, last ${pct(kind.last)}.`];
}

export function printProgress(output: Output, report: ProgressReport, now: Date): void {
  const theme = createTheme(output.color);
  const idWidth = maxOf(
    report.modules.map((m) => m.id.length),
    6,
  );
  // Columns: #, module, lessons (bar + n/m), best, last, tries, due, then scores if room.
  const fixed = 2 + 2 + idWidth + 2 + 16 + 2 + 4 + 2 + 4 + 2 + 5 + 2 + 3;
  const sparkWidth = Math.min(12, output.width - fixed - 2);
  const showSpark = sparkWidth >= 5;
  output.out(theme.heading(`${report.course}: your progress`));
  output.out();
  output.out(
    theme.dim(
      `${" #"}  ${padEnd("module", idWidth)}  ${padEnd("lessons read", 16)}  ${"best".padStart(4)}  ${"last".padStart(4)}  ${"tries".padStart(5)}  ${"due".padStart(3)}${showSpark ? `  scores` : ""}`,
    ),
  );
  report.modules.forEach((m, i) => {
    const done = m.lessons > 0 && m.lessonsRead === m.lessons;
    const lessons = `${bar(m.lessonsRead, m.lessons)} ${`${m.lessonsRead}/${m.lessons}`.padStart(5)}`;
    const best = pct(m.best).padStart(4);
    output.out(
      [
        String(i + 1).padStart(2),
        theme.accent(padEnd(m.id, idWidth)),
        done ? theme.good(lessons) : lessons,
        m.best !== null && m.best >= 70 ? theme.good(best) : best,
        pct(m.last).padStart(4),
        String(m.attempts).padStart(5),
        m.due > 0 ? theme.warn(String(m.due).padStart(3)) : String(m.due).padStart(3),
        ...(showSpark ? [sparkline(m.scores.slice(-sparkWidth))] : []),
      ].join("  "),
    );
  });
  const t = report.totals;
  output.out();
  const lines = [
    `Lessons: ${t.lessonsRead} of ${t.lessons} read, ${t.modulesCompleted} of ${report.modules.length} modules completed.`,
    t.attempts === 0
      ? "Quizzes: none taken yet. Start with: eks-primer quiz --module intro"
      : `Graded: ${t.attempts} attempt${t.attempts === 1 ? "" : "s"}, ${t.correct} of ${t.answered} answers right (${Math.round((t.correct / Math.max(1, t.answered)) * 100)}%).`,
    ...kindLine("Exams", "exam", report.exams),
    ...kindLine("Reviews", "review", report.reviews),
    t.due > 0
      ? `Review: ${t.due} question${t.due === 1 ? "" : "s"} due now. Run: eks-primer review`
      : t.nextDue !== null
        ? `Review: nothing due now; the next question is due ${fromNow(t.nextDue, now)}.`
        : "Review: nothing to review yet; questions you answer come back here.",
  ];
  const p = report.practice;
  if (p.total > 0) {
    lines.push(
      p.solved === 0
        ? `Practice: ${p.total} hands-on exercises. Start with: eks-primer practice init`
        : `Practice: ${p.solved} of ${p.total} hands-on exercises solved.`,
    );
  }
  for (const line of lines) output.out(wrapAnsi(line, Math.max(20, output.width), { hard: true }));
}
