// The built-in course: every module, every knowledge check of the course graded as the course
// grades it, notes where the course is out of date, diagrams that fit, and our own words.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPack } from "../../src/content/loader.js";
import { foldSpace, type Course, type Question } from "../../src/content/model.js";
import { renderLessonBody } from "../../src/ui/lesson-view.js";
import { copiedRuns } from "../helpers/copy-guard.js";
import { ROOT, SEED_COURSE } from "../helpers/paths.js";

const MODULES = [
  "intro",
  "kubernetes",
  "control-plane",
  "data-plane",
  "environment",
  "cluster",
  "scaling",
  "networking",
  "storage",
  "deployment",
  "observability",
  "service-mesh",
  "add-ons",
  "upgrades",
  "cost",
];

const { course, report } = await loadPack(join(ROOT, "content"));
const loaded = (): Course => {
  if (!course) throw new Error(report.diagnostics.map((d) => d.message).join("\n"));
  return course;
};
const questions = () => loaded().modules.flatMap((m) => m.questions);
const fromCheck = (n: number) => questions().filter((q) => q.check === n);
const correctCount = (q: Question) =>
  q.type === "categorize"
    ? q.items.length
    : q.type === "single" || q.type === "multiple"
      ? q.options.filter((o) => o.correct).length
      : 0;

/** The course's knowledge checks: per check, the number of ✅ answers of each question. */
function seedChecks(): Map<number, number[]> {
  const checks = new Map<number, number[]>();
  let current: number | undefined;
  for (const line of readFileSync(SEED_COURSE, "utf8").split("\n")) {
    const heading = /^## Knowledge Check (\d+)/.exec(line);
    if (heading) {
      current = Number(heading[1]);
      checks.set(current, []);
    } else if (/^## /.test(line)) current = undefined;
    else if (current !== undefined && /^(\\?\*){2}/.test(line)) checks.get(current)?.push(0);
    else if (current !== undefined && line.includes("✅") && checks.get(current)?.length) {
      // (a stray ✅ before a check's first question marks nothing)
      const list = checks.get(current) ?? [];
      list[list.length - 1] = (list.at(-1) ?? 0) + 1;
    }
  }
  return checks;
}

describe("the built-in course", () => {
  it("is valid", () => {
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([]);
  });

  it("has the 15 modules in course order, each with lessons and at least 8 questions", () => {
    expect(loaded().modules.map((m) => m.id)).toEqual(MODULES);
    for (const m of loaded().modules) {
      expect(m.lessons.length, m.id).toBeGreaterThanOrEqual(2);
      expect(m.questions.length, m.id).toBeGreaterThanOrEqual(8);
    }
  });

  it("has all 19 questions of the course's 10 knowledge checks, check 4 as one categorize", () => {
    const perCheck = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [i + 1, fromCheck(i + 1).length]),
    );
    expect(perCheck).toEqual({ 1: 1, 2: 2, 3: 1, 4: 1, 5: 1, 6: 2, 7: 1, 8: 2, 9: 2, 10: 2 });
    const [whichApi] = fromCheck(4);
    expect(whichApi?.type).toBe("categorize");
    if (whichApi?.type !== "categorize") return;
    expect(whichApi.items).toHaveLength(5);
    const total = questions()
      .filter((q) => q.check !== undefined)
      .reduce((n, q) => n + (q.type === "categorize" ? q.items.length : 1), 0);
    expect(total).toBe(19);
  });

  it("grades check 4 as the course does: EKS for cluster, node group and Fargate profile", () => {
    const [whichApi] = fromCheck(4);
    if (whichApi?.type !== "categorize") throw new Error("check 4 is not a categorize question");
    const byText = Object.fromEntries(
      whichApi.items.map((item) => [
        item.text.toLowerCase(),
        whichApi.categories.find((c) => c.key === item.category)?.text.toLowerCase(),
      ]),
    );
    const category = (words: RegExp) =>
      Object.entries(byText).find(([text]) => words.test(text))?.[1] ?? "";
    expect(category(/create a cluster/)).toMatch(/eks/);
    expect(category(/delete a managed node group/)).toMatch(/eks/);
    expect(category(/fargate profile/)).toMatch(/eks/);
    expect(category(/create a deployment/)).toMatch(/kubernetes/);
    expect(category(/namespaces/)).toMatch(/kubernetes/);
  });

  it.skipIf(!existsSync(SEED_COURSE))(
    "marks as many answers right as the course's ✅ for every check question",
    () => {
      for (const [check, marks] of seedChecks()) {
        if (check === 4) continue;
        const ours = fromCheck(check).map(correctCount);
        expect(ours.sort(), `check ${check}`).toEqual([...marks].sort());
        for (const q of fromCheck(check)) {
          if (q.type === "multiple") expect(q.select, q.id).toBe(correctCount(q));
        }
      }
    },
  );

  it("has categorize questions beyond check 4, and a glossary of at least 40 terms", () => {
    expect(questions().filter((q) => q.type === "categorize").length).toBeGreaterThanOrEqual(6);
    expect(loaded().glossary.length).toBeGreaterThanOrEqual(40);
  });

  it("marks where the course is out of date, with sources, and states nothing unverified", () => {
    const notes = loaded().modules.flatMap((m) =>
      m.lessons.flatMap((l) => l.notes.map((n) => ({ module: m.id, ...n }))),
    );
    expect(notes.length).toBeGreaterThanOrEqual(13);
    for (const n of notes) expect(n.source.length, n.text).toBeGreaterThan(5);
    const noteText = (module: string) =>
      notes
        .filter((n) => n.module === module)
        .map((n) => `${n.title ?? ""} ${n.text}`)
        .join(" ");
    expect(noteText("scaling")).toMatch(/Karpenter/);
    expect(noteText("cluster")).toMatch(/eksctl/);
    expect(noteText("service-mesh")).toMatch(/App Mesh/);
    expect(noteText("environment")).toMatch(/access entr/i);
    expect(noteText("data-plane")).toMatch(/Auto Mode/);
    expect(noteText("add-ons")).toMatch(/add-on/i);
    expect(noteText("storage")).toMatch(/CSI/);
    expect(noteText("deployment")).toMatch(/CodeCommit/);
    const everything = loaded()
      .modules.flatMap((m) => [...m.lessons.map((l) => l.body), ...notes.map((n) => n.text)])
      .join("\n");
    expect(everything).not.toMatch(
      /CodeCommit[^.]*(returned|back to general availability|available again)/i,
    );
  });

  it("puts every note right after the block it corrects, naming a documented source", async () => {
    const { Marked } = await import("marked");
    const lexer = new Marked();
    const words = (markdown: string) =>
      markdown
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .split(/\s+/)
        .filter(Boolean);
    for (const m of loaded().modules) {
      for (const l of m.lessons) {
        if (l.notes.length === 0) continue;
        const blocks = lexer.lexer(l.body).filter((b) => b.type !== "space");
        const text = (await renderLessonBody(l, { width: 100, color: false })).join("\n");
        for (const note of l.notes) {
          const at = `${m.id}/${l.id}: note "${note.title ?? note.text.slice(0, 40)}"`;
          expect(note.source, at).toMatch(
            /User Guide|Best Practices|docs|documentation|release notes|blog|What's New|API reference|repository|issue|karpenter\.sh|istio\.io/i,
          );
          const anchor = foldSpace(note.after);
          const holders = blocks.filter((b) => foldSpace(b.raw).includes(anchor));
          expect(holders.length, `${at}: its anchor names one block`).toBe(1);
          // The note's box: the one whose words begin with the note's title (or text).
          const own = words(note.title ?? note.text)
            .slice(0, 4)
            .join(" ");
          const box =
            [...text.matchAll(/╭─ Current as of 2026[\s\S]*?╰─*╯/g)].find((b) =>
              words(b[0]).join(" ").includes(own),
            )?.index ?? -1;
          expect(box, at).toBeGreaterThan(-1);
          // The last words of the anchored block are what the reader sees just before the box.
          const last = words((holders[0] as { raw: string }).raw)
            .slice(-3)
            .join(" ");
          // Boxes of notes stacked after the same block are not the lesson's text.
          const before = words(text.slice(0, box).replace(/╭─[\s\S]*?╰─*╯/g, " ")).join(" ");
          if (!(holders[0] as { type: string }).type.startsWith("code")) {
            expect(before.slice(-200), at).toContain(last);
          }
          // A note closes its lesson only if it corrects the lesson's last block.
          const lines = text.slice(box).split("\n");
          let end = 0;
          while (lines[end]?.startsWith("╭─") === true) {
            end = lines.findIndex((line, i) => i > end && line.startsWith("╰")) + 1;
            while (lines[end]?.trim() === "") end++;
          }
          if (lines.slice(end).join("").trim() === "") {
            expect(holders[0], `${at} is last: it must correct the last block`).toBe(blocks.at(-1));
          }
        }
      }
    }
  });

  it("says that App Mesh reached end of support before the learner reads about it", () => {
    const mesh = loaded().modules.find((m) => m.id === "service-mesh");
    expect(mesh?.title).toMatch(/App Mesh/);
    expect(mesh?.summary).toMatch(
      /App Mesh[^.]*end of support[^.]*30 September 2026|App Mesh[^.]*end of support[^.]*30 Sep 2026/,
    );
  });

  it("keeps every diagram and code line within 80 columns", () => {
    for (const m of loaded().modules) {
      for (const l of m.lessons) {
        let inCode = false;
        for (const line of l.body.split("\n")) {
          if (line.startsWith("```")) inCode = !inCode;
          else if (inCode)
            expect([...line].length, `${m.id}/${l.id}: ${line}`).toBeLessThanOrEqual(80);
        }
      }
    }
  });

  it("has a copy guard that finds a copied run through markup, case and line breaks", () => {
    const source = "One two three four five six seven eight nine ten eleven twelve thirteen.";
    const twelve = "one two three four five six seven eight nine ten eleven twelve";
    expect(
      copiedRuns("So: *One two three* four five six\nseven eight nine ten eleven twelve!", source),
    ).toEqual([twelve]);
    expect(copiedRuns("one two three four five six seven eight nine ten eleven", source)).toEqual(
      [],
    );
    // Another size over the same source is its own set of runs.
    expect(copiedRuns("ten eleven twelve thirteen", source, 4)).toEqual([
      "ten eleven twelve thirteen",
    ]);
  });

  const seedNote = existsSync(SEED_COURSE)
    ? ""
    : " (skipped: ../shared/seed/eks-primer-course.md is not beside this clone)";

  it.skipIf(!existsSync(SEED_COURSE))(
    `is written in its own words: no 12-word run copied from the course${seedNote}`,
    () => {
      const seed = readFileSync(SEED_COURSE, "utf8");
      const texts: (readonly [string, string])[] = loaded().modules.flatMap((m) => [
        ...m.lessons.map((l) => [`${m.id}/${l.id}.md`, l.body] as const),
        ...m.lessons.flatMap((l) => l.notes.map((n) => [`${m.id}/${l.id} note`, n.text] as const)),
        // The course's own check questions may keep their prompts and options; explanations,
        // new questions and the glossary are ours.
        ...m.questions.map((q) => [`${q.id} explanation`, q.explanation] as const),
        ...m.questions
          .filter((q) => q.check === undefined)
          .map((q) => [`${q.id} prompt`, q.prompt] as const),
      ]);
      texts.push(...loaded().glossary.map((g) => [`glossary ${g.term}`, g.definition] as const));
      const copied = texts.flatMap(([where, text]) =>
        copiedRuns(text, seed).map((run) => `${where}: ${run}`),
      );
      expect(copied).toEqual([]);
    },
  );
});
