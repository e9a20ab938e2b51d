// Build step: validates the built-in course and writes dist/course.json, the form normal runs load.
import { writeFileSync } from "node:fs";
import { BUILTIN_CONTENT, COMPILED_COURSE, type CompiledCourse } from "../content/course.js";
import { fingerprint } from "../content/fingerprint.js";
import { loadPack } from "../content/loader.js";

const { course, report } = await loadPack(BUILTIN_CONTENT);
if (!course) {
  for (const d of report.diagnostics) {
    process.stderr.write(`${d.file}:${d.line}:${d.column}: ${d.message}\n`);
  }
  process.stderr.write(
    `build: the built-in course is invalid (${report.diagnostics.length} problems)\n`,
  );
  process.exit(1);
}
const compiled: CompiledCourse = { fingerprint: fingerprint(BUILTIN_CONTENT), course };
writeFileSync(COMPILED_COURSE, JSON.stringify(compiled));
process.stdout.write(
  `build: compiled ${course.modules.length} modules, ${course.modules.reduce((n, m) => n + m.questions.length, 0)} questions\n`,
);
