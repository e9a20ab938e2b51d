import { describe, expect, it } from "vitest";
import { menuKey, menuState } from "../../src/core/menu.js";
import {
  atEnd,
  findHits,
  pagerKey,
  pagerState,
  resized,
  type Key,
  type PagerState,
} from "../../src/core/pager.js";

/** Keys as readline's keypress events describe them. */
const NAMED: Record<string, Key> = {
  return: { name: "return", sequence: "\r" },
  escape: { name: "escape", sequence: "\u001b" },
  backspace: { name: "backspace", sequence: "\u007f" },
  space: { name: "space", sequence: " " },
  down: { name: "down", sequence: "\u001b[B" },
  up: { name: "up", sequence: "\u001b[A" },
  right: { name: "right", sequence: "\u001b[C" },
  left: { name: "left", sequence: "\u001b[D" },
  pagedown: { name: "pagedown", sequence: "\u001b[6~" },
  home: { name: "home", sequence: "\u001b[H" },
  end: { name: "end", sequence: "\u001b[F" },
  ctrlC: { name: "c", ctrl: true, sequence: "\u0003" },
};
const key = (k: string): Key =>
  NAMED[k] ?? {
    name: /[a-z]/i.test(k) ? k.toLowerCase() : undefined,
    sequence: k,
    shift: k !== k.toLowerCase(),
  };

const TEXT = Array.from({ length: 35 }, (_, i) =>
  i % 10 === 4 ? `line ${i} with a Pod` : `line ${i}`,
);
const lesson = { text: TEXT, lessons: true };
const press = (state: PagerState, ...keys: string[]) =>
  keys.reduce((s, k) => pagerKey(s, key(k), lesson).state, state);

describe("pager keys", () => {
  const state = pagerState(35, 10);
  it.each([
    ["return", "next"],
    ["n", "next"],
    ["right", "next"],
    ["p", "previous"],
    ["left", "previous"],
    ["m", "menu"],
    ["q", "quit"],
    ["escape", "quit"],
    ["x", "none"],
    ["?", "none"],
    ["/", "none"],
    ["ctrlC", "interrupt"],
  ])("%s -> %s", (name, type) => {
    expect(pagerKey(state, key(name), lesson).action.type).toBe(type);
  });

  it("number keys open a lesson of the module", () => {
    expect(pagerKey(state, key("3"), lesson).action).toEqual({ type: "goto", lesson: 3 });
  });

  it("scrolls by page and line without passing either end; g and G go to top and bottom", () => {
    let s = press(state, "space");
    expect(s.offset).toBe(9);
    s = press(s, "pagedown", "pagedown");
    expect(s.offset).toBe(25);
    expect(atEnd(s)).toBe(true);
    expect(press(s, "down").offset).toBe(25);
    expect(press(s, "up").offset).toBe(24);
    expect(press(s, "home").offset).toBe(0);
    expect(press(s, "g").offset).toBe(0);
    expect(press(state, "G").offset).toBe(25);
    expect(press(state, "end").offset).toBe(25);
    expect(press(state, "up").offset).toBe(0);
  });

  it("does not scroll a page that fits", () => {
    const short = pagerState(4, 10);
    expect(atEnd(short)).toBe(true);
    expect(press(short, "space").offset).toBe(0);
  });

  it("starts at a saved line, kept within the page", () => {
    expect(pagerState(35, 10, 12).offset).toBe(12);
    expect(pagerState(35, 10, 99).offset).toBe(25);
  });

  it("? shows the keys and any key goes back", () => {
    const help = press(state, "?");
    expect(help.mode).toBe("help");
    const back = pagerKey(help, key("q"), lesson);
    expect(back.action.type).toBe("none");
    expect(back.state.mode).toBe("read");
  });

  it("/ searches: the first match at or after the screen, then n and N move between matches", () => {
    let s = press(state, "/", "p", "o", "x", "backspace", "d", "return");
    expect(s.mode).toBe("read");
    expect(s.search).toEqual({ query: "pod", hits: [4, 14, 24, 34], index: 0 });
    s = press(s, "n");
    expect(s.search?.index).toBe(1);
    expect(s.offset).toBe(12);
    s = press(s, "n", "n");
    expect(s.search?.index).toBe(3);
    expect(s.offset).toBe(25);
    expect(press(s, "n").search?.index).toBe(0);
    s = press(s, "N");
    expect(s.search?.index).toBe(2);
    expect(pagerKey(s, key("n"), lesson).action.type).toBe("none");
  });

  it("Esc ends a search, after which n is the next lesson again", () => {
    const searching = press(state, "/", "p", "o", "d", "return");
    const ended = press(searching, "escape");
    expect(ended.search).toBeUndefined();
    expect(pagerKey(ended, key("n"), lesson).action.type).toBe("next");
  });

  it("Esc while typing a search cancels it without leaving the page", () => {
    const r = pagerKey(press(state, "/", "x"), key("escape"), lesson);
    expect(r.action.type).toBe("none");
    expect(r.state).toMatchObject({ mode: "read", typed: "" });
    expect(r.state.search).toBeUndefined();
  });

  it("a search with no match says so and stays put", () => {
    const s = press(state, "space", "/", "z", "z", "return");
    expect(s.search).toEqual({ query: "zz", hits: [], index: -1 });
    expect(s.offset).toBe(9);
  });

  it("a plain page (the glossary) has no lessons to go to", () => {
    for (const k of ["n", "return", "p", "m", "3"]) {
      expect(pagerKey(state, key(k), { text: TEXT, lessons: false }).action.type).toBe("none");
    }
    expect(pagerKey(state, key("q"), { text: TEXT, lessons: false }).action.type).toBe("quit");
  });

  it("finds lines ignoring case", () => {
    expect(findHits(["A Pod", "pods", "node"], "POD")).toEqual([0, 1]);
    expect(findHits(["x"], "")).toEqual([]);
  });

  it("keeps the place and the search when the page is laid out again at another width", () => {
    const s = press(state, "/", "p", "o", "d", "return", "n");
    const wider = TEXT.filter((_, i) => i % 2 === 0);
    const r = resized(s, wider, 8);
    expect(r.lines).toBe(18);
    expect(r.offset).toBe(Math.round((12 / 35) * 18));
    expect(r.search?.query).toBe("pod");
    expect(r.search?.hits).toEqual(findHits(wider, "pod"));
  });
});

describe("menu keys", () => {
  // Continue, modules 1 to 15, Quit: as the course menu with a saved place.
  const numbers = [undefined, ...Array.from({ length: 15 }, (_, i) => i + 1), undefined];
  const state = menuState(numbers);
  const type = (s: typeof state, ...keys: string[]) =>
    keys.reduce((acc, k) => menuKey(acc, key(k)).state, s);

  it.each([
    [["8"], 8],
    [["1"], 1],
    [["1", "3"], 13],
    [["1", "5"], 15],
    [["1", "6"], 6],
    [["8", "2"], 2],
    [["9", "down", "1"], 1],
  ])("%j picks module %i, not the line of that number", (keys, module) => {
    const s = type(state, ...keys);
    expect(numbers[s.cursor]).toBe(module);
    expect(menuKey(s, key("return")).action).toEqual({ type: "choose", index: s.cursor });
  });

  it("q quits at once; Ctrl-C interrupts", () => {
    expect(menuKey(state, key("q")).action.type).toBe("quit");
    expect(menuKey(state, key("ctrlC")).action.type).toBe("interrupt");
  });

  it("moves with the arrows within the entries", () => {
    expect(type(state, "up").cursor).toBe(0);
    expect(type(state, "down", "down").cursor).toBe(2);
    expect(type(state, "G").cursor).toBe(16);
    expect(type(state, "G", "down").cursor).toBe(16);
    expect(type(state, "G", "g").cursor).toBe(0);
  });
});
