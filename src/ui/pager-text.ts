// The words of the pager: its footer, shortened to the width by dropping what matters least,
// and the list of keys that `?` shows.
import type { PagerState } from "../core/pager.js";
import { wrap } from "./text.js";
import { maxOf, pushAll } from "../shared/arrays.js";

interface Part {
  text: string;
  /** Lower goes first when the footer is too wide. */
  keep: number;
}

/** Joins the parts that fit in `width`, dropping the least important first; never cuts a word. */
export function fitParts(parts: readonly Part[], width: number, gap = "  "): string {
  let shown = [...parts];
  const line = () => shown.map((p) => p.text).join(gap);
  while (shown.length > 1 && [...line()].length > width) {
    const least = -maxOf(shown.map((p) => -p.keep));
    const i = shown.findIndex((p) => p.keep === least);
    shown = shown.filter((_, j) => j !== i);
  }
  const text = line();
  return [...text].length <= width ? text : [...text].slice(0, Math.max(0, width)).join("");
}

function where(state: PagerState): string {
  if (state.offset + state.height >= state.lines) return state.offset === 0 ? "" : "end";
  const last = Math.min(state.lines, state.offset + state.height);
  return `${state.offset + 1}-${last}/${state.lines} ↓`;
}

/** The footer line for this state. `lessons`: a lesson pager (next, back, menu). */
export function footer(state: PagerState, width: number, lessons: boolean): string {
  if (state.mode === "search") {
    return fitParts(
      [
        { text: `/${state.typed}▏`, keep: 9 },
        { text: "Enter find", keep: 3 },
        { text: "Esc cancel", keep: 2 },
      ],
      width,
    );
  }
  if (state.mode === "help") return fitParts([{ text: "any key: back", keep: 9 }], width);
  const position = where(state);
  const search = state.search;
  if (search) {
    const found =
      search.hits.length === 0
        ? `no match for "${search.query}"`
        : `match ${search.index + 1}/${search.hits.length} "${search.query}"`;
    return fitParts(
      [
        { text: found, keep: 8 },
        { text: "n/N next/prev", keep: 7 },
        { text: "Esc end search", keep: 6 },
        ...(position ? [{ text: position, keep: 4 }] : []),
        { text: "q quit", keep: 9 },
      ],
      width,
    );
  }
  return fitParts(
    [
      ...(lessons
        ? [
            { text: "↵/n/→ next", keep: 7 },
            { text: "p/← back", keep: 5 },
          ]
        : []),
      { text: "␣/↓ scroll", keep: 4 },
      { text: "/ search", keep: 3 },
      ...(lessons ? [{ text: "m menu", keep: 2 }] : []),
      { text: "? keys", keep: 8 },
      { text: "q quit", keep: 9 },
      ...(position ? [{ text: position, keep: 6 }] : []),
    ],
    width,
  );
}

const LESSON_KEYS: [string, string][] = [
  ["Enter, n, →", "next lesson (n n n: three lessons on)"],
  ["p, ←", "previous lesson"],
  ["1-9", "lesson 1-9 of the module"],
  ["m", "the course menu"],
];

const PAGE_KEYS: [string, string][] = [
  ["Space, f, PgDn", "one screen down"],
  ["b, PgUp", "one screen up"],
  ["↓ j, ↑ k", "one line down, up"],
  ["g, Home", "top"],
  ["G, End", "bottom"],
  ["/", "search the lesson; n, N next, previous match; Esc ends it"],
  ["?", "these keys"],
  ["q, Esc", "quit"],
];

/** The keys, as lines for the page that `?` shows. */
export function helpLines(width: number, lessons: boolean): string[] {
  const keys = lessons ? [...LESSON_KEYS, ...PAGE_KEYS] : PAGE_KEYS;
  const column = maxOf(keys.map(([k]) => k.length)) + 2;
  const lines = ["Keys", ""];
  for (const [key, what] of keys) {
    if (width - column >= 24) {
      const text = wrap(what, width, " ".repeat(column)).trimStart();
      pushAll(lines, `${key.padEnd(column)}${text}`.split("\n"));
    } else {
      lines.push(key);
      pushAll(lines, wrap(what, width, "  ").split("\n"));
    }
  }
  if (lessons)
    pushAll(lines, [
      "",
      ...wrap("Your place in the lesson is saved as you leave it.", width).split("\n"),
    ]);
  return lines;
}
