// A menu as a pure state machine: which entry the cursor is on, and what a key does. Number keys
// pick the entry that carries that number (a module's), not the n-th line: "Continue" above the
// modules does not shift them. Two digits typed one after the other name modules 10 and up.
import { typedChar, type Key } from "./pager.js";

export interface MenuState {
  cursor: number;
  /** How many entries. */
  count: number;
  /** The number each entry carries (undefined for Continue and Quit), by entry. */
  numbers: readonly (number | undefined)[];
  /** Digits typed so far. */
  digits: string;
}

export type MenuAction =
  { type: "none" | "quit" | "interrupt" } | { type: "choose"; index: number };

export function menuState(numbers: readonly (number | undefined)[], cursor = 0): MenuState {
  return {
    cursor: Math.min(Math.max(0, cursor), numbers.length - 1),
    count: numbers.length,
    numbers,
    digits: "",
  };
}

const none = (state: MenuState) => ({ state, action: { type: "none" } as MenuAction });

function move(state: MenuState, to: number) {
  return none({ ...state, cursor: Math.min(state.count - 1, Math.max(0, to)), digits: "" });
}

/** A digit: the module numbered by the digits so far and this one, else by this digit alone. */
function digit(state: MenuState, d: string) {
  for (const digits of [state.digits + d, d]) {
    const index = state.numbers.indexOf(Number(digits));
    if (index >= 0) return none({ ...state, cursor: index, digits });
  }
  return none({ ...state, digits: "" });
}

export function menuKey(
  state: MenuState,
  key: Key,
  page = 10,
): { state: MenuState; action: MenuAction } {
  if (key.ctrl && key.name === "c") return { state, action: { type: "interrupt" } };
  const char = typedChar(key);
  if (char !== undefined && /^[0-9]$/.test(char)) return digit(state, char);
  if (char === "G") return move(state, state.count - 1);
  switch (char ?? key.name) {
    case "q":
    case "escape":
      return { state, action: { type: "quit" } };
    case "return":
    case "enter":
    case "right":
    case " ":
      return { state: { ...state, digits: "" }, action: { type: "choose", index: state.cursor } };
    case "up":
    case "k":
      return move(state, state.cursor - 1);
    case "down":
    case "j":
      return move(state, state.cursor + 1);
    case "pageup":
      return move(state, state.cursor - page);
    case "pagedown":
      return move(state, state.cursor + page);
    case "home":
    case "g":
      return move(state, 0);
    case "end":
      return move(state, state.count - 1);
    default:
      return none({ ...state, digits: "" });
  }
}

/** The menu's rules, handed to the terminal menu (ui/ takes only types from core). */
export const menuRules = { start: menuState, key: menuKey };
export type MenuRules = typeof menuRules;
