// Build: bundles the CLI into dist/ with rolldown: the program, every command's code in chunks
// loaded when that command runs, and the libraries that only some commands need in chunks of
// their own. Type checking is `npm run lint`.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { rolldown } from "rolldown";
import { writeNotices } from "./notices.mjs";

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// Everything is bundled except `dependencies`: one minified chunk loads much faster than
// hundreds of files through Node's module resolution (conf with ajv ~55 ms as files, ~20 ms
// bundled), and an install needs only what stays outside. What stays outside is CommonJS that is
// imported dynamically, where Node's own interop gives it its named exports. So the libraries
// the CLI is built on (commander, @inquirer/prompts, chalk, marked, conf, zod, ...) are
// devDependencies: bundled at build time, not installed with the package.
const outside = [...Object.keys(pkg.dependencies ?? {}), "node-pty"];
const external = (id) => outside.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Files that load together, in one chunk each. Left to itself, code splitting makes a chunk of
 * every set of commands that share some code: `modules` loaded 19 files and `quiz --list` 35,
 * most under 2 KB, and each file costs Node about as much as 10 KB of code (a resolve, a read,
 * a compile and a link). Measured on `modules`: 19 files to 4, 1.63 to 1.44 times `node -e 0`.
 * A group takes the static imports of its files with it; what is imported with import() (the
 * prompts, marked, the manifest schemas, ...) stays in chunks of its own.
 */
const groups = [
  {
    // What nearly every command runs: errors and output, the course's index, the store.
    name: "core",
    files: [
      /^src\/(paths|shared\/(errors|safe-text|arrays|limits|diagnostic|atomic-write))\.ts$/,
      /^src\/ui\/(output|theme|bars)\.ts$/,
      /^src\/content\/(course|model|fingerprint)\.ts$/,
      /^src\/store\/(store|types|bounded|journal|lock|progress-file|reset|version)\.ts$/,
      /^src\/core\/(reading|due|suggest|course-query)\.ts$/,
      /^src\/commands\/(shared|home|read-input)\.ts$/,
      /^node_modules\/(chalk|fastest-levenshtein)\//,
    ],
  },
  {
    // Text on the terminal: wrapping, widths, markdown (lessons, feedback, progress, glossary),
    // and the prompts' front (the prompts themselves load when first asked).
    name: "text",
    files: [
      /^src\/ui\/(text|markdown|markdown-lines|prompts|number-keys)\.ts$/,
      /^node_modules\/(fast-wrap-ansi|fast-string-width|fast-string-truncated-width)\//,
    ],
  },
  {
    // Quizzes, exams and reviews, scripted or asked: planning, grading, reports, question views.
    name: "assess",
    files: [
      /^src\/core\/(quiz-plan|grading|random|session|quiz-session|exam-session|answers|quiz-io|plain-json)\.ts$/,
      /^src\/core\/question-types\/(index|kind|single|multiple|categorize|command|manifest|command-aliases|command-line|eksctl-schema|manifest-kinds|manifest-path|manifest-rules|manifest-grade)\.ts$/,
      /^src\/commands\/(assessment|listing|grade-report)\.ts$/,
      /^src\/ui\/(quiz-view|editor)\.ts$/,
      /^src\/ui\/question-types\//,
      /^src\/shared\/words\.ts$/,
    ],
  },
];
/** The groups as rolldown takes them: the first claims its files (and their imports) first. */
const codeSplitting = {
  groups: groups.map(({ name, files }, i) => ({
    name,
    priority: groups.length - i,
    test: (id) => files.some((file) => file.test(relative(root, id))),
  })),
};

const unused = (what) => `throw new Error("eks-primer bundle: conf's ${what} is left out");`;
const CONF_ONLY = new Map([
  ["ajv/dist/2020.js", `export class Ajv2020 { constructor() { ${unused("ajv")} } }`],
  ["ajv-formats", `export default { default() { ${unused("ajv-formats")} } };`],
  [
    "semver",
    `const no = () => { ${unused("semver")} };
export default { eq: no, clean: no, satisfies: no, lte: no, gt: no };`,
  ],
  [
    "node:crypto",
    `const no = () => { ${unused("node:crypto")} };
export default { pbkdf2Sync: no, createCipheriv: no, createDecipheriv: no, randomBytes: no };`,
  ],
]);

const stubs = {
  name: "eks-primer-stubs",
  resolveId(source, importer) {
    if (importer === undefined) return null;
    // commander loads child_process only to run executable subcommands, which eks-primer has
    // none of; leaving it out keeps it off every start-up.
    if (/^(node:)?child_process$/.test(source) && importer.includes("/node_modules/commander/")) {
      return "\0stub:child_process";
    }
    // chalk detects colour support on import (node:tty, node:os: a few ms on every start).
    // eks-primer always sets the level itself (NO_COLOR, --no-color, a TTY or not), so chalk
    // gets the detector that answers "no colour" without looking.
    if (source === "#supports-color" && importer.includes("/node_modules/chalk/")) {
      return join(root, "node_modules/chalk/source/vendor/supports-color/browser.js");
    }
    // marked-terminal imports cli-highlight (highlight.js, every language: ~200 ms to load)
    // and node-emoji at its top. Lessons' code blocks are text diagrams and emoji are off, so
    // both are left out: a highlighter that declines (marked-terminal then styles the block as
    // code) and an empty emoji table.
    if (
      (source === "cli-highlight" || source === "node-emoji") &&
      importer.includes("/node_modules/marked-terminal/")
    ) {
      return `\0stub:${source}`;
    }
    // conf compiles a JSON schema with ajv only when given one, runs migrations with semver only
    // when given some, and encrypts with node:crypto only when given a key; eks-primer checks its
    // store with zod and gives conf none of them. So conf gets stand-ins that fail loudly if ever
    // used: loading it costs some 300 KB less, and writing the store never loads node:crypto.
    if (CONF_ONLY.has(source) && importer.includes("/node_modules/conf/"))
      return `\0stub:${source}`;
    return null;
  },
  load(id) {
    if (id.startsWith("\0stub:") && CONF_ONLY.has(id.slice("\0stub:".length))) {
      return CONF_ONLY.get(id.slice("\0stub:".length));
    }
    if (id === "\0stub:child_process") return "module.exports = {};";
    if (id === "\0stub:cli-highlight") {
      return 'export function highlight() { throw new Error("no syntax highlighting in eks-primer"); }';
    }
    if (id === "\0stub:node-emoji") return "export function get() { return undefined; }";
    return null;
  },
};

/**
 * In an ES module, bundled CommonJS code (the build step's libraries) requires Node built-ins
 * only: answered by process.getBuiltinModule, without setting up Node's CommonJS loader.
 */
const ESM_REQUIRE = {
  polyfillRequire: false,
  banner: [
    "const require = (id) => {",
    "  const found = process.getBuiltinModule(id);",
    "  if (found === undefined) throw new Error(`eks-primer bundle: cannot require ${id}`);",
    "  return found;",
    "};",
  ].join("\n"),
};

/** Bundles `input` into dist/; returns what went where, in the form notices.mjs reads. */
async function bundle(input, { split, map = true, format = "cjs" }) {
  const build = await rolldown({
    cwd: root,
    input,
    platform: "node",
    external,
    plugins: [stubs],
    logLevel: "warn",
    // import() of a module that is also imported statically elsewhere cannot split it off:
    // expected for small helpers (fast-wrap-ansi) that are loaded lazily in one place only.
    onLog(level, log, handler) {
      if (log.code === "INEFFECTIVE_DYNAMIC_IMPORT") return;
      handler(level, log);
    },
  });
  const { output } = await build.write({
    dir: join(root, "dist"),
    format,
    ...(format === "esm" ? ESM_REQUIRE : {}),
    minify: true,
    comments: { legal: false },
    // Maps name the source files and lines, not their text: with --debug (bin/eks-primer.js
    // enables source maps then), a stack trace points at src/*.ts.
    sourcemap: map,
    sourcemapExcludeSources: true,
    entryFileNames: format === "esm" ? "[name].mjs" : "[name].js",
    chunkFileNames: "[name]-[hash].js",
    codeSplitting: split ? codeSplitting : false,
  });
  await build.close();
  const outputs = {};
  for (const chunk of output.filter((o) => o.type === "chunk")) {
    const inputs = {};
    for (const [id, info] of Object.entries(chunk.modules)) {
      if (!id.startsWith("\0")) inputs[relative(root, id)] = { bytesInOutput: info.renderedLength };
    }
    outputs[`dist/${chunk.fileName}`] = { inputs };
  }
  return { outputs };
}

rmSync(join(root, "dist"), { recursive: true, force: true });
// The program, split so that each command loads only what it runs.
const program = await bundle({ index: "src/index.ts" }, { split: true });
// The root help and the build step stand alone: shared with the program, they would split its
// code into more chunks, and every chunk is one more file to load at start-up.
const rootHelp = await bundle({ "root-help": "src/root-help.ts" }, { split: false });
// The code cache loads before the program, on its own (src/compile-cache.ts).
await bundle({ "compile-cache": "src/compile-cache.ts" }, { split: false });
// The build step deletes itself once it has run (npm run build): no map, and nothing to list.
await bundle(
  { "compile-content": "src/build/compile-content.ts" },
  { split: false, map: false, format: "esm" },
);
writeFileSync(join(root, "dist", "package.json"), '{ "type": "commonjs" }\n');
writeNotices(root, [program, rootHelp], join(root, "dist", "THIRD-PARTY-NOTICES.md"));
