// `practice watch`: re-checks an exercise each time its file is saved, with keys for hints and
// the solution. The decisions are in core/practice-watch.ts.
import { watch as watchFiles } from "node:fs";
import { emitKeypressEvents } from "node:readline";
import { courseExercises, tally, type Exercise } from "../../core/practice.js";
import {
  checked,
  createDebouncer,
  FAILS_BEFORE_SOLUTION,
  nextHint,
  solutionAllowed,
  startWatch,
  type WatchState,
} from "../../core/practice-watch.js";
import { courseOf } from "../shared.js";
import type { CommandContext } from "../../shared/context.js";
import { InterruptedError, UsageError } from "../../shared/errors.js";
import { nextLines, resultLines, statusLine } from "../../ui/practice-view.js";
import { checkWorkspace, openWorkspace, recordSolved } from "./run.js";

const DEBOUNCE_MS = 150;

export async function runPracticeWatch(
  ctx: CommandContext,
  dir: string | undefined,
): Promise<void> {
  if (!ctx.output.interactive || !ctx.deps.stdin.isTTY) {
    throw new UsageError(
      "practice watch needs a terminal for its keys",
      "grade the workspace once with: eks-primer practice check",
    );
  }
  const { root, workspace } = await openWorkspace(ctx, dir);
  const course = await courseOf(ctx);
  const exercises = new Map(courseExercises(course).map((e) => [e.id, e]));
  const files = new Map(workspace.exercises.map((e) => [e.file, e.id]));
  let state = startWatch(await checkWorkspace(course, root, workspace));
  const out = (lines: string[]) => ctx.output.out(lines.join("\n"));
  const status = () => {
    const { solved, total, next } = tally(state.results);
    out([
      "",
      statusLine(solved, total, ctx.output),
      ...nextLines(next, course, ctx.output),
      keysLine(),
    ]);
  };
  const keysLine = () => "Keys: h hint · s solution · q quit. Save a file to check it.";

  const recheck = async (id: string) => {
    const [result] = await checkWorkspace(course, root, workspace, new Set([id]));
    if (!result) return;
    state = checked(state, result);
    await recordSolved(ctx, [result]);
    out(["", ...resultLines(result, ctx.output)]);
    status();
  };
  const changed = createDebouncer(
    DEBOUNCE_MS,
    (id) => void recheck(id),
    (run, ms) => {
      const timer = setTimeout(run, ms);
      return { cancel: () => clearTimeout(timer) };
    },
  );
  const watcher = watchFiles(root, { recursive: true }, (_event, name) => {
    const id = name === null ? undefined : files.get(name.split("\\").join("/"));
    if (id !== undefined) changed(id);
  });
  // Watching first, then the status: a file saved once the status is shown is seen.
  out([`Watching ${root}`]);
  status();
  try {
    await readKeys(ctx, (key) => {
      state = onKey(state, key, exercises, out);
    });
  } finally {
    watcher.close();
  }
}

type Key = "h" | "s" | "y" | "other";

function onKey(
  state: WatchState,
  key: Key,
  exercises: ReadonlyMap<string, Exercise>,
  out: (lines: string[]) => void,
): WatchState {
  const current = state.current === undefined ? undefined : exercises.get(state.current);
  if (state.confirming) {
    if (key === "y" && current)
      out(["", `The solution of ${current.id}:`, current.references[0] ?? ""]);
    else out(["Not shown."]);
    return { ...state, confirming: false };
  }
  if (key === "h") {
    const { state: next, hint, number, left } = nextHint(state, current);
    out([
      hint === undefined
        ? "No more hints for this exercise."
        : `Hint ${number}: ${hint}${left > 0 ? ` (${left} more)` : ""}`,
    ]);
    return next;
  }
  if (key === "s") {
    const { allowed, failures } = solutionAllowed(state);
    if (!allowed || !current) {
      out([
        `The solution is offered after ${FAILS_BEFORE_SOLUTION} failed checks of an exercise (this one: ${failures}).`,
      ]);
      return state;
    }
    out([`Show the solution of ${current.id}? Press y to see it, any other key to keep trying.`]);
    return { ...state, confirming: true };
  }
  return state;
}

/** Reads keys until q (resolves) or Ctrl-C (interrupted). */
function readKeys(ctx: CommandContext, onKey: (key: Key) => void): Promise<void> {
  const stdin = ctx.deps.stdin;
  emitKeypressEvents(stdin);
  stdin.setRawMode?.(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    const done = () => {
      stdin.off("keypress", listener);
      stdin.setRawMode?.(false);
      stdin.pause();
    };
    const listener = (
      text: string | undefined,
      key: { name?: string; ctrl?: boolean } | undefined,
    ) => {
      if (key?.ctrl && key.name === "c") {
        done();
        reject(new InterruptedError("practice watch stopped"));
      } else if (key?.name === "q") {
        done();
        resolve();
      } else {
        const name = key?.name ?? text;
        onKey(name === "h" || name === "s" || name === "y" ? name : "other");
      }
    };
    stdin.on("keypress", listener);
  });
}
