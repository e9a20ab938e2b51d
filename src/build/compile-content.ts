// Build step: validates the built-in course and writes dist/course/, the form normal runs load;
// and writes dist/help.json, the root help that `eks-primer --help` prints without commander.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PassThrough } from "node:stream";
import { createProgram } from "../program.js";
import { helpModel } from "../root-help.js";
import {
  BUILTIN_CONTENT,
  COMPILED_DIR,
  COMPILED_INDEX,
  COMPILED_SEARCH,
  compileCourse,
  contentSnapshot,
} from "../content/course.js";
import { buildSearchIndex, saveSearchIndex } from "../core/search.js";
import { jsonSchemaFor, SCHEMA_KINDS, schemaFileName } from "../content/json-schema.js";
import { loadPack } from "../content/loader.js";
import { exerciseProblems } from "../core/question-types/exercise-checks.js";

const sink = { write: () => true };
const program = createProgram({
  stdout: sink,
  stderr: sink,
  stdin: new PassThrough(),
  env: {},
  cwd: process.cwd(),
  now: () => new Date(),
});
writeFileSync(new URL("help.json", import.meta.url), JSON.stringify(helpModel(program)));

// The content files' JSON Schemas, which the built-in course's YAML files name in their first line.
const schemaDir = new URL("schema/", import.meta.url);
mkdirSync(schemaDir, { recursive: true });
for (const kind of SCHEMA_KINDS) {
  writeFileSync(
    new URL(schemaFileName(kind), schemaDir),
    `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`,
  );
}

const { course, report } = await loadPack(BUILTIN_CONTENT, { checkQuestion: exerciseProblems });
if (!course) {
  for (const d of report.diagnostics) {
    process.stderr.write(`${d.file}:${d.line}:${d.column}: ${d.message}\n`);
  }
  process.stderr.write(
    `build: the built-in course is invalid (${report.diagnostics.length} problems)\n`,
  );
  process.exit(1);
}
const compiled = compileCourse(course, contentSnapshot(BUILTIN_CONTENT));
mkdirSync(COMPILED_DIR, { recursive: true });
for (const { id, part } of compiled.modules) {
  writeFileSync(join(COMPILED_DIR, `${id}.json`), JSON.stringify(part));
}
writeFileSync(join(COMPILED_DIR, "glossary.json"), JSON.stringify(compiled.glossary));
// The index last: a build that stops early leaves no index, and the course is read from content/.
writeFileSync(COMPILED_INDEX, JSON.stringify(compiled.index));
// The search index too, so that `search` loads it instead of indexing the course on every run.
writeFileSync(
  COMPILED_SEARCH,
  `${JSON.stringify(compiled.index.fingerprint)}\n${saveSearchIndex(buildSearchIndex(course))}`,
);
process.stdout.write(
  `build: compiled ${course.modules.length} modules, ${course.modules.reduce((n, m) => n + m.questions.length, 0)} questions\n`,
);

// This step is needed only at build time: it leaves no trace in the package.
const self = fileURLToPath(import.meta.url);
if (self.endsWith(join("dist", "compile-content.mjs"))) rmSync(self);
