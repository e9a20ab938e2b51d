#!/usr/bin/env node
// Start-up benchmark: runs each command many times, interleaved with `node -e 0`, and prints the
// median wall time and its ratio to bare Node measured in the same run.
// Usage: npm run bench [-- --runs 30 --only version,help]
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "eks-primer.js");
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "30" },
    warmup: { type: "string", default: "5" },
    only: { type: "string" },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const home = mkdtempSync(join(tmpdir(), "eks-primer-bench-"));
const env = { ...process.env, EKS_PRIMER_HOME: home, NO_COLOR: "1" };

/** name, arguments after node, budget as a ratio to `node -e 0` */
const commands = [
  ["--version", [bin, "--version"], 1.3],
  ["--help", [bin, "--help"], 1.3],
  ["modules", [bin, "modules"], 1.5],
].filter(([name]) => !values.only || values.only.split(",").some((o) => name.includes(o)));

function time(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return elapsed;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const baseline = [];
const samples = new Map(commands.map(([name]) => [name, []]));
for (let i = 0; i < warmup; i++) {
  time(["-e", "0"]);
  for (const [, args] of commands) time(args);
}
for (let i = 0; i < runs; i++) {
  baseline.push(time(["-e", "0"]));
  for (const [name, args] of commands) samples.get(name).push(time(args));
}

const base = median(baseline);
const rows = [["command", "median ms", "ratio", "budget", ""]];
rows.push(["node -e 0", base.toFixed(1), "1.00", "", ""]);
let failed = 0;
for (const [name, , budget] of commands) {
  const m = median(samples.get(name));
  const ratio = m / base;
  const ok = ratio <= budget;
  if (!ok) failed++;
  rows.push([name, m.toFixed(1), ratio.toFixed(2), `<= ${budget}`, ok ? "ok" : "OVER"]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log(
  `eks-primer start-up, node ${process.version}, ${cpus().length} cores, ${runs} runs each (median)\n`,
);
for (const row of rows)
  console.log(
    row
      .map((cell, c) => cell.padEnd(widths[c]))
      .join("  ")
      .trimEnd(),
  );
console.log(failed === 0 ? "\nall targets met" : `\n${failed} target(s) missed`);
process.exitCode = failed === 0 ? 0 : 1;
