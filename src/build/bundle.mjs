// Build: bundles the CLI into dist/ (the program with shared chunks beside it, every command
// in a chunk of its own so that start-up loads only what it runs). Type checking is `npm run lint`.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { writeNotices } from "./notices.mjs";

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// Everything is bundled except `dependencies`: one minified chunk loads much faster than
// hundreds of files through Node's module resolution (conf with ajv ~55 ms as files, ~20 ms
// bundled), and an install needs only what stays outside. What stays outside is CommonJS that is
// imported dynamically, where Node's own interop gives it its named exports. So the libraries
// the CLI is built on (commander, @inquirer/prompts, chalk, marked, conf, zod, ...) are
// devDependencies: bundled at build time, not installed with the package.
const external = [...Object.keys(pkg.dependencies), "node-pty"];

rmSync(join(root, "dist"), { recursive: true, force: true });
const options = {
  absWorkingDir: root,
  outdir: "dist",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  external,
  minify: true,
  legalComments: "none",
  // The libraries' licenses go to dist/THIRD-PARTY-NOTICES.md, from the metafile.
  metafile: true,
  // Maps name the source files and lines, not their text: with --debug (bin/eks-primer.js
  // enables source maps then), a stack trace points at src/*.ts.
  sourcemap: "linked",
  sourcesContent: false,
  logLevel: "warning",
  plugins: [
    {
      // commander loads child_process only to run executable subcommands, which eks-primer has
      // none of; leaving it out keeps it off every start-up.
      name: "no-child-process-for-commander",
      setup(b) {
        b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
          args.importer.includes("/node_modules/commander/")
            ? { path: "child_process", namespace: "eks-stub" }
            : undefined,
        );
        b.onLoad({ filter: /^child_process$/, namespace: "eks-stub" }, () => ({
          contents: "module.exports = {};",
          loader: "js",
        }));
      },
    },
    {
      // chalk detects colour support on import (node:tty, node:os: a few ms on every start).
      // eks-primer always sets the level itself (NO_COLOR, --no-color, a TTY or not), so chalk
      // gets the detector that answers "no colour" without looking.
      name: "no-colour-detection-in-chalk",
      setup(b) {
        b.onResolve({ filter: /^#supports-color$/ }, (args) =>
          args.importer.includes("/node_modules/chalk/")
            ? { path: join(root, "node_modules/chalk/source/vendor/supports-color/browser.js") }
            : undefined,
        );
      },
    },
    {
      // marked-terminal imports cli-highlight (highlight.js, every language: ~200 ms to load)
      // and node-emoji at its top. Lessons' code blocks are text diagrams and emoji are off, so
      // both are left out: a highlighter that declines (marked-terminal then styles the block as
      // code) and an empty emoji table.
      name: "no-highlighting-for-marked-terminal",
      setup(b) {
        b.onResolve({ filter: /^(cli-highlight|node-emoji)$/ }, (args) =>
          args.importer.includes("/node_modules/marked-terminal/")
            ? { path: args.path, namespace: "eks-stub" }
            : undefined,
        );
        b.onLoad({ filter: /^cli-highlight$/, namespace: "eks-stub" }, () => ({
          contents:
            'export function highlight() { throw new Error("no syntax highlighting in eks-primer"); }',
          loader: "js",
        }));
        b.onLoad({ filter: /^node-emoji$/, namespace: "eks-stub" }, () => ({
          contents: "export function get() { return undefined; }",
          loader: "js",
        }));
      },
    },
  ],
  // Bundled CommonJS code (commander, and some libraries of the lazily loaded chunks) requires
  // Node built-ins only: answer with process.getBuiltinModule (Node >= 20.16). The usual banner,
  // createRequire(import.meta.url), runs once in every chunk a command loads: measured, that
  // costs `quiz --list` 3% of Node's own start-up (17 million instructions under callgrind).
  banner: {
    js: [
      "const require = (id) => {",
      "  const found = process.getBuiltinModule(id);",
      "  if (found === undefined) throw new Error(`eks-primer bundle: cannot require ${id}`);",
      "  return found;",
      "};",
    ].join("\n"),
  },
};

// The program, split so that each command loads only what it runs.
const program = await build({
  ...options,
  entryPoints: { index: "src/index.ts" },
  splitting: true,
});
// The root help and the build step stand alone: shared with the program, they would split its
// code into more (smaller) chunks, and every chunk is one more file to load at start-up.
const rootHelp = await build({
  ...options,
  entryPoints: { "root-help": "src/root-help.ts" },
  splitting: false,
});
// The build step deletes itself once it has run (npm run build): no map, and nothing to list.
await build({
  ...options,
  entryPoints: { "compile-content": "src/build/compile-content.ts" },
  splitting: false,
  sourcemap: false,
  metafile: false,
});
writeNotices(
  root,
  [program.metafile, rootHelp.metafile],
  join(root, "dist", "THIRD-PARTY-NOTICES.md"),
);
