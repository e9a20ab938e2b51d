// Number keys behave the same in every answer list: they move the cursor to that option. In a
// single-choice list inquirer does that already; its checkbox list ticks the box instead, so the
// keys reaching a checkbox list pass through here, each digit turned into the arrow presses that
// move to its option. Space then ticks it, as everywhere, and Enter answers.
import { PassThrough } from "node:stream";
import type { InStream } from "../shared/context.js";

const UP = "\u001b[A";
const DOWN = "\u001b[B";
/** Up and down as terminals send them (normal and application cursor mode). */
const ARROWS: Record<string, number> = {
  [UP]: -1,
  [DOWN]: 1,
  "\u001bOA": -1,
  "\u001bOB": 1,
};

/** Rewrites typed text: digits 1-9 become arrow presses to that option; `state.active` follows. */
export function digitsToMoves(text: string, state: { active: number; size: number }): string {
  let out = "";
  for (let i = 0; i < text.length;) {
    const arrow = text.slice(i, i + 3);
    const step = ARROWS[arrow];
    if (step !== undefined) {
      state.active = Math.min(state.size - 1, Math.max(0, state.active + step));
      out += arrow;
      i += 3;
      continue;
    }
    const char = text[i] ?? "";
    i += 1;
    if (char >= "1" && char <= "9") {
      const target = Number(char) - 1;
      if (target >= state.size) continue;
      const delta = target - state.active;
      out += (delta < 0 ? UP : DOWN).repeat(Math.abs(delta));
      state.active = target;
      continue;
    }
    out += char;
  }
  return out;
}

/** The terminal's keys with digits turned into moves, for one checkbox list of `size` options. */
export function numberKeysMove(
  input: InStream,
  size: number,
): { input: InStream; dispose: () => void } {
  if (!input.isTTY) return { input, dispose: () => undefined };
  const proxy = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: (mode: boolean) => input.setRawMode?.(mode),
  });
  const state = { active: 0, size };
  const onData = (chunk: Buffer | string) => {
    proxy.write(digitsToMoves(String(chunk), state));
  };
  input.on("data", onData);
  input.resume();
  return {
    input: proxy,
    dispose: () => {
      input.removeListener("data", onData);
      input.pause();
      proxy.end();
    },
  };
}
