import { emitKeypressEvents } from "node:readline";
import type { Key, PagerAction, PagerState } from "../core/pager.js";
import type { InStream } from "../shared/context.js";
import type { OutStream } from "./output.js";
import { createTheme, truncate } from "./theme.js";

export interface PagerIO {
  input: InStream;
  output: OutStream & {
    rows?: number | undefined;
    on?(event: "resize", cb: () => void): unknown;
    removeListener?(event: "resize", cb: () => void): unknown;
  };
  color: boolean;
  width: number;
}

export interface PagerContent {
  header: string;
  lines: string[];
}

const ESC = "\u001b[";
const ENTER_ALT = `${ESC}?1049h`;
const LEAVE_ALT = `${ESC}?1049l`;
const HIDE_CURSOR = `${ESC}?25l`;
const SHOW_CURSOR = `${ESC}?25h`;
const CLEAR = `${ESC}H${ESC}2J`;

const LEGEND = "↵/n/→ next  p/← back  ␣/↓ scroll  1-9 lesson  m menu  q quit";

/** Restores the terminal: cooked mode, main screen, visible cursor. Safe to call twice. */
export function restoreTerminal(io: Pick<PagerIO, "input" | "output">): void {
  if (io.input.isTTY && io.input.setRawMode) io.input.setRawMode(false);
  io.output.write(`${SHOW_CURSOR}${LEAVE_ALT}`);
}

/** The pager's rules, from core: what a key does, and whether the page is scrolled to its end. */
export interface PagerRules {
  key(state: PagerState, key: Key): { state: PagerState; action: PagerAction };
  atEnd(state: PagerState): boolean;
}

/**
 * Shows a page of lines in the terminal's alternate screen, like a pager, until a key asks to
 * leave it. Resolves with that action; the terminal is restored either way.
 */
export function showPage(
  io: PagerIO,
  content: PagerContent,
  rules: PagerRules,
): Promise<PagerAction> {
  const theme = createTheme(io.color);
  const rows = () => Math.max(5, io.output.rows ?? 24);
  let state: PagerState = { offset: 0, height: rows() - 3, lines: content.lines.length };

  const draw = () => {
    state = { ...state, height: rows() - 3 };
    const visible = content.lines.slice(state.offset, state.offset + state.height);
    const shown = `${state.offset + 1}-${Math.min(state.lines, state.offset + state.height)}/${state.lines}`;
    const where = rules.atEnd(state) ? (state.offset === 0 ? "" : "end") : `${shown} ↓more`;
    const legend = truncate(`${LEGEND}${where ? `  ${where}` : ""}`, io.width - 1);
    const filler = Math.max(0, state.height - visible.length);
    io.output.write(
      CLEAR +
        `${content.header}\n${theme.dim("─".repeat(io.width))}\n` +
        visible.join("\n") +
        "\n".repeat(filler + 1) +
        theme.dim(legend),
    );
  };

  return new Promise((resolve) => {
    const input = io.input;
    emitKeypressEvents(input);
    if (input.setRawMode) input.setRawMode(true);
    input.resume();
    io.output.write(ENTER_ALT + HIDE_CURSOR);
    draw();

    const onResize = () => draw();
    const onKey = (_chunk: string | undefined, key: Key | undefined) => {
      const result = rules.key(state, key ?? { sequence: _chunk });
      if (result.state.offset !== state.offset) {
        state = result.state;
        draw();
      }
      if (result.action.type !== "none") finish(result.action);
    };
    const finish = (action: PagerAction) => {
      input.removeListener("keypress", onKey);
      io.output.removeListener?.("resize", onResize);
      input.pause();
      restoreTerminal(io);
      resolve(action);
    };
    input.on("keypress", onKey);
    io.output.on?.("resize", onResize);
  });
}
