// The lesson pager as a pure state machine: which lines are on screen, and what a key does.

export interface PagerState {
  /** First visible line. */
  offset: number;
  /** Lines of content that fit on screen. */
  height: number;
  lines: number;
}

export type PagerAction =
  | { type: "next" | "previous" | "menu" | "quit" | "interrupt" | "none" }
  | { type: "goto"; lesson: number };

export interface Key {
  name?: string | undefined;
  sequence?: string | undefined;
  ctrl?: boolean | undefined;
}

export function maxOffset(state: PagerState): number {
  return Math.max(0, state.lines - state.height);
}

export function atEnd(state: PagerState): boolean {
  return state.offset >= maxOffset(state);
}

function scroll(state: PagerState, by: number): PagerState {
  return { ...state, offset: Math.min(maxOffset(state), Math.max(0, state.offset + by)) };
}

/** What a key press does: scrolls (a new state) and/or asks for an action. */
export function pagerKey(state: PagerState, key: Key): { state: PagerState; action: PagerAction } {
  const name = key.name ?? key.sequence ?? "";
  if (key.ctrl && name === "c") return { state, action: { type: "interrupt" } };
  switch (name) {
    case "q":
    case "escape":
      return { state, action: { type: "quit" } };
    case "m":
      return { state, action: { type: "menu" } };
    case "n":
    case "right":
    case "return":
    case "enter":
      return { state, action: { type: "next" } };
    case "p":
    case "left":
      return { state, action: { type: "previous" } };
    case "space":
    case "pagedown":
    case "f":
      return { state: scroll(state, Math.max(1, state.height - 1)), action: { type: "none" } };
    case "b":
    case "pageup":
      return { state: scroll(state, -Math.max(1, state.height - 1)), action: { type: "none" } };
    case "down":
    case "j":
      return { state: scroll(state, 1), action: { type: "none" } };
    case "up":
    case "k":
      return { state: scroll(state, -1), action: { type: "none" } };
    case "home":
    case "g":
      return { state: { ...state, offset: 0 }, action: { type: "none" } };
    case "end":
    case "G":
      return { state: { ...state, offset: maxOffset(state) }, action: { type: "none" } };
    default:
      // Number keys open lesson 1-9 of the module, for terminals where arrows do not arrive.
      if (/^[1-9]$/.test(name)) return { state, action: { type: "goto", lesson: Number(name) } };
      return { state, action: { type: "none" } };
  }
}
