// JUnit XML for CI report readers: one test suite per module, one test case per question.
import { problemLine } from "./question-types/typed.js";
import type { QuizSummary } from "../core/quiz-session.js";
import { formatAnswer } from "./quiz-view.js";

function xml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot hold at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

export function renderJunit(
  summary: QuizSummary,
  name: string,
  timestamp: string,
  seconds: number,
): string {
  const modules = summary.modules.map((m) => ({
    ...m,
    results: summary.results.filter((r) => r.module === m.module),
  }));
  const failures = summary.total - summary.score;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(name)}" tests="${summary.total}" failures="${failures}" errors="0" time="${seconds.toFixed(3)}">`,
  ];
  for (const m of modules) {
    const failed = m.results.filter((r) => !r.correct).length;
    out.push(
      `  <testsuite name="${xml(m.module)}" tests="${m.results.length}" failures="${failed}" errors="0" skipped="0" timestamp="${xml(timestamp)}" time="0">`,
    );
    for (const r of m.results) {
      const open = `    <testcase classname="eks-primer.${xml(m.module)}" name="${xml(r.id)}" time="0"`;
      if (r.correct) {
        out.push(`${open}/>`);
        continue;
      }
      // A typed answer (command, manifest) fails with its problems, not a page of YAML.
      const message =
        r.problems !== undefined && !r.unanswered
          ? r.problems.map(problemLine).join("; ")
          : `expected ${formatAnswer(r.expected)}, ${r.unanswered ? "unanswered" : `given ${formatAnswer(r.given)}`}`;
      const reread = r.lessons.map((l) => `${l.module}/${l.lesson}`).join(", ");
      out.push(`${open}>`);
      out.push(
        `      <failure message="${xml(message)}" type="${r.unanswered ? "unanswered" : "wrong"}">${xml(`${r.prompt}\n${message}${reread ? `\nre-read: ${reread}` : ""}`)}</failure>`,
      );
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>", "");
  return out.join("\n");
}
