#!/usr/bin/env node
// The command. The two most frequent probes of a CLI, --version and the root help, answer
// without loading the program; everything else runs it.
const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;

async function answeredAlone() {
  if (only === "--version" || only === "-V") {
    const { readFileSync } = await import("node:fs");
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    process.stdout.write(`${pkg.version}\n`);
    return true;
  }
  if (args.length === 0 || only === "--help" || only === "-h") {
    return (await import("../dist/root-help.js")).printRootHelp();
  }
  return false;
}

if (!(await answeredAlone())) {
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
  if (args.includes("--debug")) process.setSourceMapsEnabled(true);
  const { main } = await import("../dist/index.js");
  process.exitCode = await main(args);
}
