// The pager as a pure state machine: which lines are on screen, what the footer is doing
// (reading, typing a search, showing the keys), and what a key does.

export interface PagerSearch {
  query: string;
  /** The lines that contain the query, in order. */
  hits: number[];
  /** Which hit is shown; -1 when there is none. */
  index: number;
}

export interface PagerState {
  /** First visible line. */
  offset: number;
  /** Lines of content that fit on screen. */
  height: number;
  lines: number;
  /** reading; typing a search after `/`; the keys after `?`. */
  mode: "read" | "search" | "help";
  /** The search being typed. */
  typed: string;
  /** The last search: n and N move between its hits until Esc or another page. */
  search?: PagerSearch | undefined;
}

export type PagerAction =
  | { type: "next" | "previous" | "menu" | "quit" | "interrupt" | "none" }
  | { type: "goto"; lesson: number };

export interface Key {
  name?: string | undefined;
  sequence?: string | undefined;
  ctrl?: boolean | undefined;
  shift?: boolean | undefined;
  meta?: boolean | undefined;
}

export interface PagerOptions {
  /** Lines as plain text, for search. */
  text: readonly string[];
  /** A lesson pager: next/previous lesson, 1-9 and the menu; else a plain page (the glossary). */
  lessons: boolean;
}

export type PagerResult = { state: PagerState; action: PagerAction };

export function pagerState(lines: number, height: number, offset = 0): PagerState {
  const state: PagerState = { offset: 0, height, lines, mode: "read", typed: "" };
  return { ...state, offset: clampOffset(state, offset) };
}

export function maxOffset(state: Pick<PagerState, "lines" | "height">): number {
  return Math.max(0, state.lines - state.height);
}

export function atEnd(state: PagerState): boolean {
  return state.offset >= maxOffset(state);
}

function clampOffset(state: Pick<PagerState, "lines" | "height">, offset: number): number {
  return Math.min(maxOffset(state), Math.max(0, offset));
}

function scroll(state: PagerState, by: number): PagerState {
  return { ...state, offset: clampOffset(state, state.offset + by) };
}

const none = (state: PagerState): PagerResult => ({ state, action: { type: "none" } });
const act = (state: PagerState, type: "next" | "previous" | "menu" | "quit"): PagerResult => ({
  state,
  action: { type },
});

/** The character a key types, when it types one (case kept: `G` is not `g`). */
export function typedChar(key: Key): string | undefined {
  const s = key.sequence;
  if (key.ctrl || key.meta || s === undefined || [...s].length !== 1) return undefined;
  return s >= " " && s !== "\u007f" ? s : undefined;
}

/** The lines of `text` that contain `query`, ignoring case. */
export function findHits(text: readonly string[], query: string): number[] {
  const wanted = query.toLowerCase();
  if (wanted === "") return [];
  return text.flatMap((line, i) => (line.toLowerCase().includes(wanted) ? [i] : []));
}

/** Shows a hit a little below the top of the screen, so the lines before it give context. */
function showHit(state: PagerState, search: PagerSearch): PagerState {
  const line = search.hits[search.index];
  if (line === undefined) return { ...state, search };
  const visible = line >= state.offset && line < state.offset + state.height;
  return {
    ...state,
    search,
    offset:
      visible && state.search?.query === search.query ? state.offset : clampOffset(state, line - 2),
  };
}

function moveHit(state: PagerState, search: PagerSearch, by: number): PagerState {
  if (search.hits.length === 0) return state;
  const index = (search.index + by + search.hits.length) % search.hits.length;
  return showHit({ ...state, search: undefined }, { ...search, index });
}

/** Typing a search after `/`: Enter finds, Esc cancels, Backspace deletes. */
function searchKey(state: PagerState, key: Key, options: PagerOptions): PagerResult {
  const read = { ...state, mode: "read" as const, typed: "" };
  if (key.name === "escape") return none(read);
  if (key.name === "return" || key.name === "enter") {
    if (state.typed === "") return none(read);
    const hits = findHits(options.text, state.typed);
    const first = hits.findIndex((line) => line >= state.offset);
    const search = { query: state.typed, hits, index: hits.length === 0 ? -1 : Math.max(0, first) };
    return none(showHit({ ...read, search: undefined }, search));
  }
  if (key.name === "backspace") return none({ ...state, typed: state.typed.slice(0, -1) });
  const char = typedChar(key);
  return none(char === undefined ? state : { ...state, typed: state.typed + char });
}

/** What a key press does: a new state (scrolled, searching) and/or an action for the caller. */
export function pagerKey(state: PagerState, key: Key, options: PagerOptions): PagerResult {
  if (key.ctrl && key.name === "c") return { state, action: { type: "interrupt" } };
  if (state.mode === "search") return searchKey(state, key, options);
  if (state.mode === "help") return none({ ...state, mode: "read" });
  const char = typedChar(key);
  const search = state.search;
  if (char === "?") return none({ ...state, mode: "help" });
  if (char === "/") return none({ ...state, mode: "search", typed: "" });
  if (search && char === "n") return none(moveHit(state, search, 1));
  if (search && char === "N") return none(moveHit(state, search, -1));
  if (char === "G") return none({ ...state, offset: maxOffset(state) });
  if (search && key.name === "escape") return none({ ...state, search: undefined });
  const page = Math.max(1, state.height - 1);
  switch (char === undefined ? key.name : char === " " ? "space" : char) {
    case "q":
    case "escape":
      return act(state, "quit");
    case "space":
    case "pagedown":
    case "f":
      return none(scroll(state, page));
    case "b":
    case "pageup":
      return none(scroll(state, -page));
    case "down":
    case "j":
      return none(scroll(state, 1));
    case "up":
    case "k":
      return none(scroll(state, -1));
    case "home":
    case "g":
      return none({ ...state, offset: 0 });
    case "end":
      return none({ ...state, offset: maxOffset(state) });
    default:
      return options.lessons ? lessonKey(state, key, char) : none(state);
  }
}

/** The keys of a lesson pager: next and previous lesson, a lesson by number, the menu. */
function lessonKey(state: PagerState, key: Key, char: string | undefined): PagerResult {
  switch (char ?? key.name) {
    case "m":
      return act(state, "menu");
    case "n":
    case "right":
    case "return":
    case "enter":
      return act(state, "next");
    case "p":
    case "left":
      return act(state, "previous");
    default:
      // Number keys open lesson 1-9 of the module, for terminals where arrows do not arrive.
      if (char !== undefined && /^[1-9]$/.test(char))
        return { state, action: { type: "goto", lesson: Number(char) } };
      return none(state);
  }
}

/** The same page at another size (a resized terminal): the same place, the search found again. */
export function resized(state: PagerState, text: readonly string[], height: number): PagerState {
  const fraction = state.lines === 0 ? 0 : state.offset / state.lines;
  const next = { ...state, lines: text.length, height };
  const old = state.search;
  const hits = old ? findHits(text, old.query) : [];
  const search = old && { query: old.query, hits, index: Math.min(old.index, hits.length - 1) };
  return { ...next, offset: clampOffset(next, Math.round(fraction * text.length)), search };
}

/** The pager's rules, handed to the terminal pager (ui/ takes only types from core). */
export const pagerRules = { start: pagerState, key: pagerKey, resized };
export type PagerRules = typeof pagerRules;
