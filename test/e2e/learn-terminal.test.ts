// The course in real pseudo-terminals of 80x24 and 60x20: the menu's number keys, narrow
// layouts, resizing, the pager's keys, and where "Continue" goes.
import stringWidth from "fast-string-width";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { VALID_PACK } from "../helpers/paths.js";
import { KEYS, spawnPty, type PtySession } from "../helpers/pty.js";
import { spawnCli } from "../helpers/spawn-cli.js";

const CLEAR = "\u001b[H\u001b[2J";
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-terminal-"));
const pack = ["--content", VALID_PACK];

/** The last screen the pager or menu drew, as plain lines. */
function screen(session: PtySession): string[] {
  const raw = session.raw();
  return stripVTControlCharacters(raw.slice(raw.lastIndexOf(CLEAR) + CLEAR.length)).split(/\r?\n/);
}

/** Waits until a screen drawn after `since` shows `pattern`, and returns that screen. */
async function drawn(session: PtySession, pattern: RegExp, since: number): Promise<string[]> {
  await session.waitFor(pattern, { since });
  // The screen is written in one piece; wait for its footer line too.
  await session.waitFor(/q quit|any key/, { since });
  return screen(session);
}

function expectWithin(lines: string[], cols: number, rows: number): void {
  expect(lines.length, lines.join("\n")).toBeLessThanOrEqual(rows);
  for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(cols);
}

describe.each([
  [80, 24],
  [60, 20],
])("learn at %ix%i", (cols, rows) => {
  const env = (home: string) => ({ env: { EKS_PRIMER_HOME: home }, cols, rows });

  it("menu: entries on one line each; numbers pick the module they name below Continue; q quits at once", async () => {
    const home = freshHome();
    const fresh = spawnPty(["learn"], env(home));
    const first = await drawn(fresh, /pick a module/, 0);
    expectWithin(first, cols, rows);
    const entries = first.filter((l) => /^\W*\d+\. /.test(l));
    expect(entries).toHaveLength(15);
    for (const entry of entries) expect(entry).toMatch(/(not started|new)$/);
    expect(first[first.length - 1]).toMatch(/q quit$/);
    // Opening module 1 and leaving leaves a place: the menu then starts with "Continue".
    fresh.write("1\r");
    await fresh.waitFor(/lesson 1 of/);
    fresh.write("q");
    expect(await fresh.exit).toMatchObject({ exitCode: 0 });
    for (const [keys, title] of [
      [["8"], "Managing communication in Amazon EKS"],
      [["1", "3"], "Maintaining add-ons"],
    ] as const) {
      const session = spawnPty(["learn"], env(home));
      const menu = await drawn(session, /Continue: /, 0);
      expectWithin(menu, cols, rows);
      for (const key of keys) session.write(key);
      const mark = session.mark();
      session.write(KEYS.enter);
      await session.waitFor(/q quit/, { since: mark });
      session.write("q");
      expect(await session.exit).toMatchObject({ exitCode: 0 });
      expect(session.text()).toContain(`Your place is saved: ${title} ›`);
    }
    const quitting = spawnPty(["learn"], env(home));
    await drawn(quitting, /pick a module/, 0);
    quitting.write("q");
    expect(await quitting.exit).toMatchObject({ exitCode: 0 });
  });

  it("shows a diagram whole or clipped with a marker and a hint, never re-flowed", async () => {
    const session = spawnPty(
      ["learn", "networking", "--lesson", "communication-types"],
      env(freshHome()),
    );
    await session.waitFor(/q quit/);
    const mark = session.mark();
    session.write("/INTRA-HOST\r");
    const lines = await drawn(session, /match 1\/1/, mark);
    expectWithin(lines, cols, rows);
    const top = lines.findIndex((l) => l.includes("node A"));
    const diagram = lines.slice(top, top + 7);
    expect(diagram[2]).toMatch(/^\s+\|\s+\| pod 1 \|\s+veth\s+\| host namespace\s+\|/);
    if (cols >= 80) {
      expect(diagram.join("\n")).not.toContain("▸");
    } else {
      for (const line of diagram.slice(0, 6)) expect(line.endsWith("▸"), line).toBe(true);
      const at = session.mark();
      session.write("/every pod has a real\r");
      const end = await drawn(session, /match 1\/1 "every/, at);
      const last = end.findIndex((l) => l.includes("every pod has a real"));
      expect(end[last + 1]).toMatch(/^▸ .*widen the terminal/);
    }
    expect(lines[lines.length - 1]).toMatch(/q quit/);
    session.write("q");
    expect(await session.exit).toMatchObject({ exitCode: 0 });
  });

  it("draws the Current as of 2026 box with its top border as wide as its sides", async () => {
    const session = spawnPty(["learn", "basics", "--lesson", "nodes", ...pack], env(freshHome()));
    const lines = await drawn(session, /Current as of 2026/, 0);
    const box = lines.filter((l) => /^[╭│╰]/.test(l));
    expect(box.length).toBeGreaterThanOrEqual(4);
    expect(new Set(box.map((l) => stringWidth(l)))).toEqual(new Set([Math.min(cols, 100)]));
    session.write("q");
    expect(await session.exit).toMatchObject({ exitCode: 0 });
  });

  it("draws the lesson and the menu again at the new size when the terminal is resized", async () => {
    const [toCols, toRows] = cols === 80 ? [60, 20] : [120, 30];
    const home = freshHome();
    const session = spawnPty(["learn", "networking"], env(home));
    await session.waitFor(/q quit/);
    let mark = session.mark();
    session.resize(toCols, toRows);
    await session.waitFor(/q quit/, { since: mark });
    const lesson = screen(session);
    expectWithin(lesson, toCols, toRows);
    // The reading width is capped at 100 columns on a wide terminal.
    expect(lesson[1]).toBe("─".repeat(Math.min(toCols, 100)));
    for (const line of lesson.slice(0, -1)) expect(stringWidth(line)).toBeLessThanOrEqual(100);
    mark = session.mark();
    session.write("m");
    await drawn(session, /pick a module/, mark);
    mark = session.mark();
    session.resize(cols, rows);
    const menu = await drawn(session, /pick a module/, mark);
    expectWithin(menu, cols, rows);
    session.write("q");
    expect(await session.exit).toMatchObject({ exitCode: 0 });
  });
});

describe("the pager's keys", () => {
  it("? shows the keys, / finds, n and N move between matches, Esc ends the search, G and g", async () => {
    const session = spawnPty(["learn", "networking", "--lesson", "communication-types"], {
      env: { EKS_PRIMER_HOME: freshHome() },
    });
    await session.waitFor(/q quit/);
    let mark = session.mark();
    session.write("?");
    expect((await drawn(session, /any key: back/, mark)).join("\n")).toMatch(
      /\/\s+search the lesson/,
    );
    mark = session.mark();
    session.write("x");
    await session.waitFor(/q quit/, { since: mark });
    mark = session.mark();
    session.write("/veth\r");
    await drawn(session, /match 1\/\d+ "veth"/, mark);
    mark = session.mark();
    session.write("n");
    await drawn(session, /match 2\/\d+ "veth"/, mark);
    mark = session.mark();
    session.write("N");
    await drawn(session, /match 1\/\d+ "veth"/, mark);
    mark = session.mark();
    session.write("G");
    await drawn(session, /end {2}q quit/, mark);
    mark = session.mark();
    session.write(KEYS.escape);
    await drawn(session, /↵\/n\/→ next/, mark);
    mark = session.mark();
    session.write("g");
    await drawn(session, /1-\d+\/\d+ ↓/, mark);
    // After Esc, n is the next lesson again.
    mark = session.mark();
    session.write("n");
    await drawn(session, /lesson 3 of 6/, mark);
    session.write("q");
    expect(await session.exit).toMatchObject({ exitCode: 0 });
  });

  it("a burst of n moves as many lessons", async () => {
    const session = spawnPty(["learn", "networking"], { env: { EKS_PRIMER_HOME: freshHome() } });
    await session.waitFor(/lesson 1 of 6/);
    const mark = session.mark();
    session.write("nnn");
    await drawn(session, /lesson 4 of 6/, mark);
    session.write("q");
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    // One alternate screen for all the pages: entered once, left once, the cursor kept.
    const count = (text: string) => session.raw().split(text).length - 1;
    expect(count("\u001b[?1049h")).toBe(1);
    expect(count("\u001b[?1049l")).toBe(1);
    expect(session.text()).toMatch(/Your place is saved: .* › .*\.\s*$/);
  });
});

describe("where reading goes on", () => {
  it("after a module, offers the next one, and Continue then points at it", async () => {
    const home = freshHome();
    const session = spawnPty(["learn", "basics", "--lesson", "nodes", ...pack], {
      env: { EKS_PRIMER_HOME: home },
    });
    await session.waitFor(/Basics › Nodes/);
    session.write("n");
    await session.waitFor("Take the basics knowledge check now?");
    session.write("n\r");
    await session.waitFor("Next: Networking");
    let mark = session.mark();
    session.write("\u001b[B\u001b[B\r");
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    expect(session.text().slice(mark)).toContain("Your place is saved: Networking › Services");

    const again = spawnPty(["learn", ...pack], { env: { EKS_PRIMER_HOME: home } });
    await again.waitFor("Continue: Networking › Services");
    mark = again.mark();
    again.write(KEYS.enter);
    await again.waitFor(/Networking › Services/, { since: mark });
    again.write("q");
    expect(await again.exit).toMatchObject({ exitCode: 0 });
  });

  it("Continue opens the lesson scrolled where it was left", async () => {
    const home = freshHome();
    const env = { env: { EKS_PRIMER_HOME: home }, cols: 80, rows: 24 };
    const first = spawnPty(["learn", "networking", "--lesson", "communication-types"], env);
    await first.waitFor(/1-21\/\d+ ↓/);
    let mark = first.mark();
    first.write(" ");
    await first.waitFor(/21-41\/\d+ ↓/, { since: mark });
    first.write("q");
    expect(await first.exit).toMatchObject({ exitCode: 0 });

    const second = spawnPty(["learn"], env);
    await second.waitFor("Continue: Managing communication in Amazon EKS › Inside a pod");
    mark = second.mark();
    second.write(KEYS.enter);
    await second.waitFor(/21-41\/\d+ ↓/, { since: mark });
    second.write("q");
    expect(await second.exit).toMatchObject({ exitCode: 0 });
  });
});

describe("reading width", () => {
  it("--print keeps lines within 100 columns on a wide terminal", () => {
    const { code, stdout } = spawnCli(["learn", "networking", "--print"], {
      env: { COLUMNS: "160" },
    });
    expect(code).toBe(0);
    const widths = stdout.split("\n").map((l) => stringWidth(l));
    expect(Math.max(...widths)).toBeLessThanOrEqual(100);
    expect(Math.max(...widths)).toBeGreaterThan(90);
  });
});

describe("glossary", () => {
  it("opens in the pager on a terminal, q leaves it", async () => {
    const session = spawnPty(["glossary"], {
      env: { EKS_PRIMER_HOME: freshHome() },
      cols: 60,
      rows: 20,
    });
    const lines = await drawn(session, /glossary, \d+ terms/, 0);
    expectWithin(lines, 60, 20);
    expect(lines[lines.length - 1]).toMatch(/q quit/);
    session.write("q");
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    expect(session.raw()).toContain("\u001b[?1049l");
  });

  it("prints plain text when piped", () => {
    const { code, stdout } = spawnCli(["glossary"]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).toMatch(/\d+ terms\. One term: eks-primer glossary <term>\n$/);
  });
});
