import { stripVTControlCharacters } from "node:util";
import type { PagerAction, PagerRules, PagerState } from "../core/pager.js";
import type { InStream } from "../shared/context.js";
import type { KeyQueue, ResizableOutput } from "./keys.js";
import { footer, helpLines } from "./pager-text.js";
import { createTheme, type Theme } from "./theme.js";

/** Lines of text are kept this narrow on a wide terminal, as readers and man pages do. */
export const READING_WIDTH = 100;

export interface Screen {
  input: InStream;
  output: ResizableOutput;
  color: boolean;
  /** The terminal's columns now: they change when the window is resized. */
  columns(): number;
}

export interface PagerContent {
  header: string;
  lines: string[];
}

export interface PageRequest {
  /** The page at this width; called again when the terminal is resized. */
  render(width: number): Promise<PagerContent>;
  /** A lesson (next, back, 1-9, menu) or a plain page (the glossary). */
  lessons: boolean;
  /** The first line to show. */
  offset?: number | undefined;
  /** What keys do (core/pager.ts). */
  rules: PagerRules;
}

export interface PageResult {
  action: PagerAction;
  /** The first line shown when the page was left: where to come back to. */
  offset: number;
}

const ESC = "\u001b[";
const ENTER_ALT = `${ESC}?1049h`;
const LEAVE_ALT = `${ESC}?1049l`;
const HIDE_CURSOR = `${ESC}?25l`;
const SHOW_CURSOR = `${ESC}?25h`;
const CLEAR = `${ESC}H${ESC}2J`;

/** The width lessons are laid out at: the terminal's, up to READING_WIDTH. */
export function readingWidth(columns: number): number {
  return Math.min(columns, READING_WIDTH);
}

/** Outputs showing the alternate screen now: entering twice would lose the saved cursor. */
const inAlternate = new WeakSet<object>();

/** Enters the pager's screen (the alternate screen, cursor hidden), unless already there. */
export function enterScreen(screen: Pick<Screen, "output">): void {
  if (inAlternate.has(screen.output)) return;
  inAlternate.add(screen.output);
  screen.output.write(ENTER_ALT + HIDE_CURSOR);
}

/** Leaves the pager's screen: main screen, visible cursor. Does nothing when not in it. */
export function leaveScreen(screen: Pick<Screen, "output">): void {
  if (!inAlternate.delete(screen.output)) return;
  screen.output.write(`${SHOW_CURSOR}${LEAVE_ALT}`);
}

/** Restores the terminal: cooked mode, main screen, visible cursor. Safe to call twice. */
export function restoreTerminal(screen: Pick<Screen, "input" | "output">): void {
  if (screen.input.isTTY && screen.input.setRawMode) screen.input.setRawMode(false);
  leaveScreen(screen);
}

/** The occurrences of `query` in a line, shown inverted (the line loses its other colours). */
function highlight(theme: Theme, plain: string, query: string): string {
  const lower = plain.toLowerCase();
  const wanted = query.toLowerCase();
  let out = "";
  let at = 0;
  for (let i = lower.indexOf(wanted); i >= 0; i = lower.indexOf(wanted, i + wanted.length)) {
    out += plain.slice(at, i) + theme.chalk.inverse(plain.slice(i, i + wanted.length));
    at = i + wanted.length;
  }
  return out + plain.slice(at);
}

function screenText(
  theme: Theme,
  content: PagerContent,
  text: readonly string[],
  state: PagerState,
  widths: { page: number; columns: number },
  lessons: boolean,
): string {
  const hits = new Set(state.search?.hits);
  const query = state.search?.query ?? "";
  const visible =
    state.mode === "help"
      ? helpLines(widths.page, lessons).slice(0, state.height)
      : content.lines
          .slice(state.offset, state.offset + state.height)
          .map((line, i) =>
            hits.has(state.offset + i)
              ? highlight(theme, text[state.offset + i] ?? "", query)
              : line,
          );
  const filler = Math.max(0, state.height - visible.length);
  return (
    CLEAR +
    `${content.header}\n${theme.dim("─".repeat(widths.page))}\n` +
    visible.join("\n") +
    "\n".repeat(filler + 1) +
    theme.dim(footer(state, widths.columns - 1, lessons))
  );
}

/**
 * Shows a page in the terminal's alternate screen, like a pager, until a key asks to leave it.
 * Keys come from `keys`, so keys typed ahead reach the next page; a resize draws the page again
 * at the new width. The caller leaves the screen (leaveScreen) when it is done with pages.
 */
export async function showPage(
  screen: Screen,
  keys: KeyQueue,
  request: PageRequest,
): Promise<PageResult> {
  const theme = createTheme(screen.color);
  const height = () => Math.max(2, (screen.output.rows ?? 24) - 3);
  let columns = screen.columns();
  let content = await request.render(readingWidth(columns));
  let text = content.lines.map((line) => stripVTControlCharacters(line));
  const { rules } = request;
  let state = rules.start(content.lines.length, height(), request.offset ?? 0);
  enterScreen(screen);
  for (;;) {
    // Keys typed ahead (a burst of n) are handled before the page is drawn.
    if (keys.pending() === 0) {
      const widths = { page: readingWidth(columns), columns };
      screen.output.write(screenText(theme, content, text, state, widths, request.lessons));
    }
    const event = await keys.next();
    if (event.type === "resize") {
      columns = screen.columns();
      content = await request.render(readingWidth(columns));
      text = content.lines.map((line) => stripVTControlCharacters(line));
      state = rules.resized(state, text, height());
      continue;
    }
    const result = rules.key(state, event.key, { text, lessons: request.lessons });
    state = result.state;
    if (result.action.type !== "none") return { action: result.action, offset: state.offset };
  }
}
