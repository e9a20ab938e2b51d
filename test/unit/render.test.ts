import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import type { Lesson } from "../../src/content/model.js";
import { createMarkdownRenderer, renderNote } from "../../src/ui/markdown.js";
import { placeNotes, renderLessonBody } from "../../src/ui/lesson-view.js";
import stringWidth from "fast-string-width";

const lesson: Lesson = {
  id: "services",
  module: "networking",
  title: "Services",
  body: [
    "A **Service** gives a set of pods one stable address. This sentence is long on purpose, so that it has to be wrapped at any width a terminal might have.",
    "",
    "- a **ClusterIP** service is reached with `kubectl port-forward` from inside",
    "- a *NodePort* service opens a port on **every node**",
    "",
    "```text",
    "+--------+     +-----+",
    "| client | --> | pod |",
    "+--------+     +-----+",
    "```",
    "",
    "| type | reachable from |",
    "| --- | --- |",
    "| ClusterIP | inside the cluster |",
  ].join("\n"),
  notes: [
    {
      kind: "update",
      title: "Runtimes",
      text: "Kubernetes removed **dockershim** in 1.24; EKS nodes run containerd.",
      source: "Kubernetes 1.24 release notes",
      after: "one stable address",
    },
  ],
};

describe("lesson rendering", () => {
  it("renders inline bold and code inside list items instead of printing the marks", async () => {
    const text = (await renderLessonBody(lesson, { width: 80, color: false })).join("\n");
    expect(text).toContain("a ClusterIP service is reached with kubectl port-forward from inside");
    expect(text).toContain("opens a port on every node");
    expect(text).not.toMatch(/\*\*|`kubectl/);
  });

  it("joins a list item's source lines and wraps it to the terminal instead", async () => {
    const item = {
      ...lesson,
      body: "- Imperative: add **flags** such as `--name` or\n  `--region` to the command.",
      notes: [],
    };
    const text = (await renderLessonBody(item, { width: 80, color: false })).join("\n");
    expect(text).toContain("Imperative: add flags such as --name or --region to the command.");
  });

  it("colours bold text and code when colour is on", async () => {
    const text = (await renderLessonBody(lesson, { width: 80, color: true })).join("\n");
    expect(text).toContain("\u001b[1mClusterIP\u001b[22m");
    expect(text).not.toContain("**");
  });

  it.each([60, 120])("keeps every line within %i columns", async (width) => {
    const lines = await renderLessonBody(lesson, { width, color: true });
    for (const line of lines)
      expect(stringWidth(stripVTControlCharacters(line))).toBeLessThanOrEqual(width);
    if (width === 60)
      expect(lines.length).toBeGreaterThan(
        (await renderLessonBody(lesson, { width: 120, color: true })).length,
      );
  });

  it("writes no escape codes at all without colour", async () => {
    const text = (await renderLessonBody(lesson, { width: 80, color: false })).join("\n");
    expect(text).not.toContain("\u001b");
  });

  it("keeps text diagrams intact", async () => {
    const text = (await renderLessonBody(lesson, { width: 60, color: false })).join("\n");
    expect(text).toContain("| client | --> | pod |");
  });

  it("shows update notes in a box marked Current as of 2026, with the source", async () => {
    const lines = await renderLessonBody(lesson, { width: 60, color: false });
    const top = lines.findIndex((l) => l.includes("Current as of 2026: Runtimes"));
    expect(top).toBeGreaterThan(0);
    const box = lines.slice(top).join("\n");
    expect(box).toContain("Kubernetes removed dockershim in 1.24");
    expect(box).toContain("Source: Kubernetes 1.24 release notes");
    expect(lines[top]).toMatch(/^╭─/);
  });

  it.each([60, 80, 120])(
    "fills a long note's lines at %i columns, stranding no word",
    async (width) => {
      const long = {
        ...lesson,
        notes: [
          {
            kind: "update" as const,
            text: "The EKS User Guide still describes the control plane as at least two API server instances and three etcd instances across three Availability Zones; the newest version listed is 1.36.",
            source: "EKS User Guide",
            after: "every node",
          },
        ],
      };
      const lines = (await renderLessonBody(long, { width, color: false })).join("\n").split("\n");
      const top = lines.findIndex((l) => l.startsWith("╭─"));
      const bottom = lines.findIndex((l, i) => i > top && l.startsWith("╰"));
      const body = lines
        .slice(top + 1, bottom)
        .filter((l) => l.startsWith("│ ") && !l.includes("Source:"));
      const texts = body.map((l) => l.slice(2, -2).trimEnd()).filter((t) => t.length > 0);
      for (const line of lines.slice(top, bottom + 1))
        expect(stringWidth(line)).toBeLessThanOrEqual(width);
      // Every line but the last is filled to near the box's width.
      for (const text of texts.slice(0, -1))
        expect(text.length).toBeGreaterThan(Math.min(width, 100) - 4 - 15);
    },
  );

  it.each([100, 80, 60, 40])(
    "draws a note's box with straight sides and a title that fits at %i columns",
    async (width) => {
      const note = {
        kind: "update" as const,
        title: "The Load Balancer Controller is yours to install, and its NLBs start internal",
        text: "Without it, a Service of type LoadBalancer gets a Classic Load Balancer.",
        source: "AWS Load Balancer Controller docs",
        after: "x",
      };
      const lines = (await renderNote(note, { width, color: false })).split("\n");
      const widths = new Set(lines.map((l) => stringWidth(l)));
      expect(widths.size, lines.join("\n")).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(width);
      expect(lines.join(" ").replace(/[│\s]+/g, " ")).toContain("its NLBs start internal");
    },
  );

  it("shows each note right after the block its anchor names, not at the end", async () => {
    const lines = (await renderLessonBody(lesson, { width: 80, color: false })).join("\n");
    const paragraph = lines.indexOf("one stable address");
    const note = lines.indexOf("Current as of 2026: Runtimes");
    const list = lines.indexOf("a ClusterIP service");
    expect(paragraph).toBeGreaterThan(-1);
    expect(note).toBeGreaterThan(paragraph);
    expect(note).toBeLessThan(list);
  });

  it("places notes after the block where their anchor ends, in lesson order", () => {
    const blocks = ["para one\n", "\n", "- item two\n- item three\n", "\n", "last para\n"].map(
      (raw) => ({ raw }),
    );
    const note = (after: string) => ({ kind: "update" as const, text: after, source: "s", after });
    const parts = placeNotes(blocks, [note("last para"), note("item\n two"), note("para one")]);
    expect(
      parts.map((p) => [p.blocks.map((b) => b.raw.trim()).join("|"), p.notes.map((n) => n.after)]),
    ).toEqual([
      ["para one", ["para one"]],
      ["|- item two\n- item three", ["item\n two"]],
      ["|last para", ["last para"]],
    ]);
  });

  it("neutralises terminal control sequences in content", async () => {
    const render = await createMarkdownRenderer({ width: 80, color: false });
    expect(render("evil \u001b]0;title\u0007 text \u001b[2J")).toBe("evil text");
  });
});

describe("narrow terminals and plain text", () => {
  const diagram: Lesson = {
    ...lesson,
    body: [
      "Before.",
      "",
      "```text",
      "+---------------------------- a wide diagram ----------------------------+",
      "| left box |  -------------------- arrow ----------------------> | right  |",
      "+------------------------------------------------------------------------+",
      "```",
      "",
      "- a list item with a diagram",
      "",
      "  ```",
      "  [a] ------------------------------------------------------------> [b]",
      "  ```",
    ].join("\n"),
    notes: [],
  };

  it.each([
    [60, false],
    [60, true],
    [70, false],
  ])(
    "clips a code block at %i columns (colour %s) instead of re-flowing it, with a hint",
    async (width, color) => {
      const lines = (await renderLessonBody(diagram, { width, color })).map((l) =>
        stripVTControlCharacters(l),
      );
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      const top = lines.findIndex((l) => l.includes("+-----"));
      // One screen line per diagram line: the three lines follow each other, each clipped.
      expect(lines[top + 1]).toMatch(/^\s*\| left box \|/);
      expect(lines[top + 2]).toMatch(/^\s*\+-+/);
      for (const line of lines.slice(top, top + 3)) expect(line.endsWith("▸")).toBe(true);
      expect(lines[top + 3]).toMatch(/^▸ .*\d+ columns.*widen the terminal/);
      const nested = lines.findIndex((l) => l.includes("[a] ---"));
      expect(lines[nested]?.endsWith("▸")).toBe(true);
      expect(lines[nested + 1]).toMatch(/^▸ .*widen the terminal/);
    },
  );

  it("leaves a code block that fits alone: no marker, no hint", async () => {
    const lines = await renderLessonBody(diagram, { width: 100, color: false });
    expect(lines.join("\n")).not.toContain("▸");
    expect(lines.join("\n")).toContain(
      "| left box |  -------------------- arrow ----------------------> | right  |",
    );
  });

  it.each([false, true])("renders headings without their # marks (colour %s)", async (color) => {
    const render = await createMarkdownRenderer({ width: 80, color });
    const text = stripVTControlCharacters(render("### What you will learn\n\nText.\n\n## Two"));
    expect(text).toContain("What you will learn");
    expect(text).not.toContain("#");
  });

  it.each([false, true])(
    "puts no blank lines between nested list items (colour %s)",
    async (color) => {
      const render = await createMarkdownRenderer({ width: 80, color });
      const text = stripVTControlCharacters(
        render("- one\n- two\n  - nested a\n  - nested b\n- three\n\nAfter."),
      );
      expect(text.split("\n").map((l) => l.trimEnd())).toEqual([
        "  * one",
        "  * two",
        "    * nested a",
        "    * nested b",
        "  * three",
        "",
        "After.",
      ]);
    },
  );
});

describe("nested lists", () => {
  it.each([false, true])(
    "numbers only an ordered list's own items, not the bullets nested in them (colour %s)",
    async (color) => {
      const render = await createMarkdownRenderer({ width: 80, color });
      const text = stripVTControlCharacters(
        render("1. first\n   - sub\n   - sub2\n2. second\n3. third"),
      );
      expect(text.split("\n").map((l) => l.trimEnd())).toEqual([
        "  1. first",
        "    * sub",
        "    * sub2",
        "  2. second",
        "  3. third",
      ]);
    },
  );
});

describe("wrapping coloured text", () => {
  // A paragraph of the course where the old reflow broke the line before "),".
  const paragraph = [
    "Beyond the course: some popular open source tools can now be installed as",
    "Amazon EKS **community add-ons**, for example the Kubernetes Metrics",
    "Server (`metrics-server`), kube-state-metrics and cert-manager. You then",
    "install, update and remove them through the Amazon EKS API like any other",
    "Amazon EKS add-on.",
  ].join("\n");

  it.each([40, 60, 80, 100])(
    "never starts a line with the punctuation after inline code at %i columns",
    async (width) => {
      const text: Lesson = { ...lesson, body: paragraph, notes: [] };
      for (const color of [true, false]) {
        const lines = (await renderLessonBody(text, { width, color })).map((l) =>
          stripVTControlCharacters(l),
        );
        expect(lines.join(" ")).toContain("Metrics Server (metrics-server), kube-state-metrics");
        for (const line of lines) {
          expect(line, lines.join("\n")).not.toMatch(/^\s*[),.;:]/);
          expect(stringWidth(line)).toBeLessThanOrEqual(width);
        }
      }
    },
  );
});

describe("markdown nested past the stack", () => {
  it("is shown as plain text instead of failing", async () => {
    const render = await createMarkdownRenderer({ width: 80, color: false });
    // Deep enough to run out of a worker's stack (4 MB) inside marked: the plain text shows.
    const text = render(`Before.\n\n${">".repeat(40_000)} deep\n`);
    expect(text.startsWith("Before.")).toBe(true);
    expect(text).toContain(">".repeat(60));
    expect(text).toContain("deep");
  });
});
