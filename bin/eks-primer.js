#!/usr/bin/env node
// The command. The two most frequent probes of a CLI, --version and the root help, answer
// without loading the program; everything else runs it. This file and dist/ are CommonJS
// (bin/package.json, dist/package.json): on Node 20, loading them through require() instead of
// the ES module loader saves about 15 ms on every start (measured, see the README).
"use strict";
const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;

function answeredAlone() {
  if (only === "--version" || only === "-V") {
    const { readFileSync } = require("node:fs");
    const { join } = require("node:path");
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8"));
    process.stdout.write(`${pkg.version}\n`);
    return true;
  }
  if (args.length === 0 || only === "--help" || only === "-h") {
    return require("../dist/root-help.js").printRootHelp();
  }
  return false;
}

if (!answeredAlone()) {
  // Ctrl-C in a terminal outside a prompt (prompts and the pager read it as a key in raw mode):
  // leave with a message and the documented code. Elsewhere (scripts, pipes) the default
  // SIGINT ending stands, which shells also report as 130. Writes to the store are atomic, so
  // nothing is left half-written either way.
  if (process.stdout.isTTY) {
    process.on("SIGINT", () => {
      process.stderr.write("\nerror: interrupted\n");
      process.exit(130);
    });
  }
  // With --debug, an unexpected error prints its stack trace: through dist/'s source maps, its
  // frames name src/*.ts. Enabled before the program loads, and only then (it slows loading).
  // Otherwise dist/'s compiled code is cached between runs (dist/compile-cache.js).
  if (args.includes("--debug")) process.setSourceMapsEnabled(true);
  else
    require("../dist/compile-cache.js").cacheCompiledCode(
      require("node:path").join(__dirname, "..", "dist"),
    );
  require("../dist/index.js")
    .main(args)
    .then((code) => {
      process.exitCode = code;
    });
}
