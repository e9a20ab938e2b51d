// The exam's clock, ticking every second on the terminal's last line while questions wait. The
// line is kept out of the scrolling region (as apt keeps its progress bar), so the prompts above
// it draw and scroll as they always do. Ticks come from an injected timer: tests move the clock.
import type { OutStream } from "../shared/context.js";
import { clock } from "./exam-prompts.js";
import { createTheme } from "./theme.js";

/** Runs `tick` every `ms` until the returned function is called. */
export type Every = (ms: number, tick: () => void) => () => void;

export const realEvery: Every = (ms, tick) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
};

const LAST_MINUTE = 60_000;
/** How long "1 minute left" stays beside the clock, once. */
const ANNOUNCE_MS = 5_000;

export interface ClockLine {
  text: string;
  warning: boolean;
}

/**
 * What the clock line says with `leftMs` to go. The last minute is a warning; entering it (from
 * more than a minute) is announced once, for a few seconds.
 */
export function clockLine(leftMs: number, startedMs: number): ClockLine {
  const warning = leftMs <= LAST_MINUTE;
  const announce = warning && startedMs > LAST_MINUTE && leftMs > LAST_MINUTE - ANNOUNCE_MS;
  return {
    text: `⏱ ${clock(leftMs)} left${announce ? " · 1 minute left" : ""}`,
    warning,
  };
}

export interface ExamClockOptions {
  out: OutStream;
  color: boolean;
  /** Milliseconds since the epoch when time is up. */
  deadline: number;
  now: () => number;
  every: Every;
}

/** True when the terminal can keep a line of its own for the clock. */
export function canKeepClockLine(out: OutStream): boolean {
  return out.isTTY === true && (out.rows ?? 0) >= 6;
}

/** Starts the clock line; returns stop, which gives the line back to the terminal. */
export function startExamClock(options: ExamClockOptions): () => void {
  const { out } = options;
  const theme = createTheme(options.color);
  const startedMs = options.deadline - options.now();
  let rows = out.rows ?? 24;
  const region = (last: number) => `\u001b7\u001b[1;${last}r\u001b8`;
  // A new line first, so that reserving the last row never hides what is on it.
  out.write(`\n${region(rows - 1)}\u001b[1A`);
  const draw = () => {
    if ((out.rows ?? rows) !== rows) {
      rows = out.rows ?? rows;
      out.write(region(rows - 1));
    }
    const line = clockLine(Math.max(0, options.deadline - options.now()), startedMs);
    const text = line.warning ? theme.bad(theme.heading(line.text)) : theme.accent(line.text);
    out.write(`\u001b7\u001b[${rows};1H\u001b[2K ${text}\u001b8`);
  };
  draw();
  const cancel = options.every(1000, draw);
  return () => {
    cancel();
    out.write(`\u001b7\u001b[r\u001b[${rows};1H\u001b[2K\u001b8`);
  };
}
