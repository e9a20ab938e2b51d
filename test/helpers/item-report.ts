// For content authors: `npx tsx test/helpers/item-report.ts [module ...]` prints what validate
// would say of those modules (problems and item-writing warnings), each blind strategy's score per
// module, and the pack-wide position and length figures. No build needed.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse } from "yaml";
import type { Question } from "../../src/content/model.js";
import { BUILTIN_CONTENT } from "../../src/content/course.js";
import { loadPack } from "../../src/content/loader.js";
import { gradeAnswer } from "../../src/core/grading.js";
import { positionShares } from "../../src/ui/validation.js";
import { CHOICE_TYPES, listed, strategies, type ListedQuestion } from "./blind.js";

const wanted = new Set(process.argv.slice(2));
const { course, report } = await loadPack(BUILTIN_CONTENT);
const mine = (file: string) =>
  wanted.size === 0 || [...wanted].some((m) => relative(BUILTIN_CONTENT, file).startsWith(`${m}/`));
for (const [kind, list] of [
  ["problem", report.diagnostics],
  ["warning", report.warnings],
] as const) {
  for (const d of list.filter((d) => mine(d.file))) {
    console.log(`${relative(process.cwd(), d.file)}:${d.line}:${d.column}: ${kind}: ${d.message}`);
  }
}
if (!course)
  console.log(
    `\n(the whole pack has ${report.diagnostics.length} problems; fix yours, others are other modules')`,
  );
// Blind scores from each module file as written, so one module can be checked while others are not valid.
const modules = await Promise.all(
  (
    parse(await readFile(join(BUILTIN_CONTENT, "course.yaml"), "utf8")) as { modules: string[] }
  ).modules.map(
    async (id) =>
      parse(await readFile(join(BUILTIN_CONTENT, id, "module.yaml"), "utf8")) as {
        id: string;
        questions: Question[];
      },
  ),
);
console.log(
  "\nBlind strategies (share of questions right; must stay below 70% in every module, 40% overall):",
);
let all = 0;
const totals: Record<string, number> = {};
for (const module of modules) {
  if (wanted.size > 0 && !wanted.has(module.id)) continue;
  // Blind strategies pick among options: typed answers (command, manifest) have none.
  const choice = module.questions.filter((q) => CHOICE_TYPES.includes(q.type));
  const cells = Object.entries(strategies).map(([name, play]) => {
    const right = choice.filter(
      (q) => gradeAnswer(q, play(listed(q) as ListedQuestion)).correct,
    ).length;
    totals[name] = (totals[name] ?? 0) + right;
    return `${name.replace(/^(always the |every item in the |an )/, "")} ${Math.round((100 * right) / choice.length)}%`;
  });
  all += choice.length;
  console.log(`  ${module.id} (${choice.length} questions): ${cells.join(", ")}`);
}
console.log(
  `  all shown (${all}): ${Object.entries(totals)
    .map(([n, r]) => `${n} ${Math.round((100 * r) / all)}%`)
    .join(", ")}`,
);
const items = report.items;
console.log(
  `\nPack: right option strictly longest in ${items.longestRight} of ${items.choiceQuestions} (limit 30%)`,
);
console.log(
  `Pack: single-choice length ranks (1 = longest) ${positionShares(items.lengthRanks)} (limit 35% each)`,
);
console.log(
  `Pack: single-choice positions ${positionShares(items.single)}; select-N positions ${positionShares(items.multiple)} (limit 35% each)`,
);
