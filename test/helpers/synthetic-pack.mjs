// Writes a synthetic, valid content pack of `modules` x `questions` for scale tests and the bench.
// Usage: node test/helpers/synthetic-pack.mjs <dir> <modules> <questionsPerModule>
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeSyntheticPack(dir, modules, questionsPerModule) {
  mkdirSync(dir, { recursive: true });
  const ids = Array.from({ length: modules }, (_, i) => `module-${i + 1}`);
  writeFileSync(
    join(dir, "course.yaml"),
    `title: Synthetic course\ndescription: Generated for scale tests.\nmodules:\n${ids.map((id) => `  - ${id}`).join("\n")}\n`,
  );
  for (const id of ids) {
    mkdirSync(join(dir, id), { recursive: true });
    const lessons = ["first", "second", "third"];
    for (const lesson of lessons) {
      writeFileSync(
        join(dir, id, `${lesson}.md`),
        `The **${lesson}** lesson of ${id}.\n\n- a point with \`code\`\n- another point\n`,
      );
    }
    const questions = [];
    for (let q = 1; q <= questionsPerModule; q++) {
      const qid = `${id}-q${q}`;
      const kind = q % 3;
      const common = `  - id: ${qid}\n    revision: 1\n    prompt: Question ${q} of ${id}?\n    lessons: [${lessons[q % 3]}]\n    explanation: Because option a is right for question ${q}.\n`;
      if (kind === 0) {
        questions.push(
          `${common}    type: categorize\n    categories:\n      - { key: x, text: X }\n      - { key: y, text: Y }\n    items:\n      - { key: one, text: One, category: x }\n      - { key: two, text: Two, category: y }\n`,
        );
      } else if (kind === 1) {
        questions.push(
          `${common}    type: single\n    options:\n      - { key: a, text: Right, correct: true }\n      - { key: b, text: Wrong }\n      - { key: c, text: Also wrong }\n`,
        );
      } else {
        questions.push(
          `${common}    type: multiple\n    select: 2\n    options:\n      - { key: a, text: Right, correct: true }\n      - { key: b, text: Right too, correct: true }\n      - { key: c, text: Wrong }\n`,
        );
      }
    }
    writeFileSync(
      join(dir, id, "module.yaml"),
      `id: ${id}\ntitle: Module ${id}\nsummary: A generated module.\nlessons:\n${lessons.map((l) => `  - { id: ${l}, title: ${l} }`).join("\n")}\nquestions:\n${questions.join("")}`,
    );
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, modules, questions] = process.argv.slice(2);
  if (!dir) {
    console.error(
      "usage: node test/helpers/synthetic-pack.mjs <dir> <modules> <questionsPerModule>",
    );
    process.exit(2);
  }
  writeSyntheticPack(dir, Number(modules ?? 10), Number(questions ?? 100));
}
