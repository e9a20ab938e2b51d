// Build: bundles the CLI into dist/ (one file per entry, shared chunks beside them, every command
// in a chunk of its own so that start-up loads only what it runs). Type checking is `npm run lint`.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

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
await build({
  absWorkingDir: root,
  entryPoints: { index: "src/index.ts", "compile-content": "src/build/compile-content.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  external,
  minify: true,
  legalComments: "none",
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
        b.onLoad({ filter: /.*/, namespace: "eks-stub" }, () => ({
          contents: "module.exports = {};",
          loader: "js",
        }));
      },
    },
  ],
  // commander is CommonJS: answer its require() of Node built-ins from ESM imports, which is
  // cheaper at start-up than createRequire and the CommonJS loader.
  banner: {
    js: [
      'import __eks_events from "node:events";',
      'import __eks_fs from "node:fs";',
      'import __eks_path from "node:path";',
      'import __eks_process from "node:process";',
      "const __eks_builtins = { events: __eks_events, fs: __eks_fs, path: __eks_path, process: __eks_process };",
      'import { createRequire as __eks_createRequire } from "node:module";',
      "let __eks_require;",
      "const require = (id) => {",
      '  const found = __eks_builtins[id.replace(/^node:/, "")];',
      "  if (found !== undefined) return found;",
      "  __eks_require ??= __eks_createRequire(import.meta.url);",
      "  return __eks_require(id);",
      "};",
    ].join("\n"),
  },
});
