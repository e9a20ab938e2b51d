#!/usr/bin/env node
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // The most frequent probe of a CLI answers without loading the program.
  const { readFileSync } = await import("node:fs");
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${pkg.version}\n`);
} else {
  // Ctrl-C outside a prompt (prompts and the pager read it as a key in raw mode): leave with
  // the documented code. Writes to the store are atomic, so nothing is left half-written.
  process.on("SIGINT", () => {
    process.stderr.write("\nerror: interrupted\n");
    process.exit(130);
  });
  const { main } = await import("../dist/index.js");
  process.exitCode = await main(args);
}
