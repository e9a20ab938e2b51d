// Build: bundles the CLI into dist/ (one file per entry, shared chunks beside them, every command
// in a chunk of its own so that start-up loads only what it runs). Type checking is `npm run lint`.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// commander is needed for every run: bundled in, it loads faster than through the CJS loader.
const external = Object.keys(pkg.dependencies).filter((name) => name !== "commander");

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
      "const require = (id) => {",
      '  const found = __eks_builtins[id.replace(/^node:/, "")];',
      "  if (found === undefined) throw new Error(`eks-primer bundle: no built-in ${id}`);",
      "  return found;",
      "};",
    ].join("\n"),
  },
});
