// The report of a graded answers file: text, JSON or JUnit, to the terminal or a file (and, when
// the attempt could not be recorded, to stderr).
import { summaryJson, type QuizSummary } from "../core/quiz-session.js";
import type { CommandContext } from "../shared/context.js";
import type { AttemptKind } from "../store/types.js";
import { renderScriptedResult } from "../ui/quiz-view.js";
import { writeUserFile } from "./shared.js";

import type { ReportFormat } from "./listing.js";

export interface GradeRequest {
  command: string;
  kind: AttemptKind;
  source: string;
  format: ReportFormat;
  output: string | undefined;
  passMark: number;
  save: boolean;
  /** The options that select the same questions, for hints (scopeArgs). */
  args?: string | undefined;
}

export async function renderReport(
  ctx: CommandContext,
  summary: QuizSummary,
  request: GradeRequest,
  started: Date,
  seconds: number,
  toStderr = false,
): Promise<string> {
  if (request.format === "json") return JSON.stringify(summaryJson(summary), null, 2);
  if (request.format === "junit") {
    const { renderJunit } = await import("../ui/junit.js");
    return renderJunit(summary, `eks-primer ${request.command}`, started.toISOString(), seconds);
  }
  const plain = request.output !== undefined && !toStderr;
  return renderScriptedResult(
    summary,
    plain
      ? { color: false, width: 80 }
      : { color: toStderr ? ctx.output.colorErr : ctx.output.color, width: ctx.output.width },
  ).trimEnd();
}

export async function writeReport(
  ctx: CommandContext,
  summary: QuizSummary,
  request: GradeRequest,
  started: Date,
  seconds: number,
): Promise<void> {
  const report = await renderReport(ctx, summary, request, started, seconds);
  if (request.output === undefined) ctx.output.out(report.trimEnd());
  else {
    await writeUserFile(ctx, request.output, report.endsWith("\n") ? report : `${report}\n`);
    // The report went to a file: the terminal still gets the score line.
    ctx.output.err(
      `${renderScriptedResult(summary, ctx.output).split("\n")[0]} (report: ${request.output})`,
    );
  }
}
