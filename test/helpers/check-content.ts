// Author's check: validates content/ and looks for text copied from the course.
// Usage: npx tsx test/helpers/check-content.ts [module ...]   (only those modules' problems)
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadPack } from "../../src/content/loader.js";
import { copiedRuns } from "./copy-guard.js";

const only = process.argv.slice(2);
const dir = join(import.meta.dirname, "..", "..", "content");
const { report } = await loadPack(dir);
const mine = (file: string) =>
  only.length === 0 || only.some((m) => file.includes(`/content/${m}/`));
const diagnostics = report.diagnostics.filter((d) => mine(d.file));
for (const d of diagnostics) {
  console.log(
    `${d.file}:${d.line}:${d.column}: ${d.message}${d.hint ? `\n    hint: ${d.hint}` : ""}`,
  );
}
const seed = join(dir, "..", "..", "shared", "seed", "eks-primer-course.md");
let copies = 0;
if (existsSync(seed)) {
  const course = readFileSync(seed, "utf8");
  for (const module of only.length > 0 ? only : readdirSync(dir)) {
    const folder = join(dir, module);
    if (!existsSync(folder) || !existsSync(join(folder, "module.yaml"))) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".md"))) {
      for (const run of copiedRuns(readFileSync(join(folder, file), "utf8"), course)) {
        copies++;
        console.log(`${module}/${file}: copied from the course: "${run}"`);
      }
    }
  }
  // Module files too: explanations, new questions' prompts, notes, glossary definitions.
  for (const module of only.length > 0 ? only : readdirSync(dir)) {
    const file = join(dir, module, "module.yaml");
    if (!existsSync(file)) continue;
    const yaml = readFileSync(file, "utf8");
    const { parse } = await import("yaml");
    const data = parse(yaml) as {
      questions?: { id: string; check?: number; prompt?: string; explanation?: string }[];
      glossary?: { term: string; definition?: string }[];
      lessons?: { id: string; notes?: { text?: string }[] }[];
    };
    const texts: [string, string][] = [
      ...(data.questions ?? []).map((q): [string, string] => [
        `${q.id} explanation`,
        q.explanation ?? "",
      ]),
      ...(data.questions ?? [])
        .filter((q) => q.check === undefined)
        .map((q): [string, string] => [`${q.id} prompt`, q.prompt ?? ""]),
      ...(data.glossary ?? []).map((g): [string, string] => [
        `glossary ${g.term}`,
        g.definition ?? "",
      ]),
      ...(data.lessons ?? []).flatMap((l) =>
        (l.notes ?? []).map((n): [string, string] => [`${l.id} note`, n.text ?? ""]),
      ),
    ];
    for (const [where, text] of texts) {
      for (const run of copiedRuns(text, course)) {
        copies++;
        console.log(`${module}/module.yaml ${where}: copied from the course: "${run}"`);
      }
    }
  }
} else {
  console.log(`(course not found at ${seed}: copy check skipped)`);
}
console.log(`${diagnostics.length} problems, ${copies} copied runs`);
process.exitCode = diagnostics.length + copies > 0 ? 1 : 0;
