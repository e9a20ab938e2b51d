#!/usr/bin/env node
// The project's benchmark (npm run bench; not part of npm test). Runs each command many times
// after a warm-up, interleaved with `node -e 0`, and prints medians and the ratio to bare Node
// measured in the same run; then peak memory of --version, and how validate and quiz --list
// scale from 1,000 to 10,000 questions. Exits 1 when a target is missed.
// Usage: npm run bench [-- --runs 30 --warmup 5 --only help,modules --no-scale]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { writeSyntheticPack } from "../helpers/synthetic-pack.mjs";

const root = join(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "eks-primer.js");
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "30" },
    warmup: { type: "string", default: "5" },
    only: { type: "string" },
    "no-scale": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const scratch = mkdtempSync(join(tmpdir(), "eks-primer-bench-"));
const emptyHome = join(scratch, "empty");
const busyHome = join(scratch, "busy");
const baseEnv = { ...process.env, NO_COLOR: "1", EKS_PRIMER_HOME: emptyHome };
const progress = (text) => process.stderr.write(`${text}\n`);

function run(args, env = baseEnv) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    env,
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return { elapsed, stderr: result.stderr.toString() };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** A store of 10,000 scripted attempts over the built-in course's questions. */
function writeBusyStore() {
  const listed = spawnSync(process.execPath, [bin, "quiz", "--all", "--list", "--json"], {
    env: baseEnv,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const questions = JSON.parse(listed.stdout).questions;
  const attempts = [];
  const start = Date.parse("2026-01-01T00:00:00Z");
  for (let i = 0; i < 10_000; i++) {
    const picked = questions.filter((_, q) => (q + i) % 7 === 0).slice(0, 8);
    const results = picked.map((q, n) => ({
      question: q.id,
      module: q.module,
      revision: 1,
      correct: (i + n) % 3 !== 0,
      given: "a",
    }));
    const score = results.filter((r) => r.correct).length;
    attempts.push({
      id: `bench-${i}`,
      kind: "quiz",
      mode: "scripted",
      at: new Date(start + i * 60_000).toISOString(),
      durationMs: 1000,
      modules: [...new Set(results.map((r) => r.module))],
      score,
      total: results.length,
      passMark: 70,
      passed: score / Math.max(1, results.length) >= 0.7,
      results,
    });
  }
  mkdirSync(busyHome, { recursive: true });
  writeFileSync(
    join(busyHome, "progress.json"),
    JSON.stringify({ version: 1, lessonsRead: {}, attempts, cards: {} }),
  );
}

// ---- start-up ratios -------------------------------------------------------------------------
const busyEnv = { ...baseEnv, EKS_PRIMER_HOME: busyHome };
/** name, arguments after node, budget as a ratio to `node -e 0`, environment */
const commands = [
  ["--version", [bin, "--version"], 1.2],
  ["--help", [bin, "--help"], 1.2],
  ["modules", [bin, "modules"], 1.4],
  [
    "quiz --module networking --list --json",
    [bin, "quiz", "-m", "networking", "--list", "--json"],
    1.6,
  ],
  ["learn networking --print", [bin, "learn", "networking", "--print"], 2.0],
  ["validate", [bin, "validate"], undefined],
  ["progress (empty store)", [bin, "progress"], 2.5],
  ["progress (10,000 attempts)", [bin, "progress"], 2.5, busyEnv],
].filter(([name]) => !values.only || values.only.split(",").some((o) => name.includes(o)));

if (commands.some(([, , , env]) => env === busyEnv)) {
  progress("writing a store of 10,000 attempts ...");
  writeBusyStore();
}
const baseline = [];
const samples = new Map(commands.map(([name]) => [name, []]));
progress(`warming up (${warmup} rounds) ...`);
for (let i = 0; i < warmup; i++) {
  run(["-e", "0"]);
  for (const [, args, , env] of commands) run(args, env);
}
// The time from `quiz --module cost` to its first question on a terminal (a pseudo-terminal).
const pty = values.only && !"first question".includes(values.only) ? undefined : await loadPty();
const firstQuestion = [];
async function loadPty() {
  try {
    return await import("node-pty");
  } catch {
    return undefined;
  }
}
function timeToFirstQuestion() {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const term = pty.spawn(process.execPath, [bin, "quiz", "--module", "cost"], {
      cols: 80,
      rows: 24,
      env: { ...baseEnv, TERM: "xterm-256color" },
    });
    let screen = "";
    const timer = setTimeout(() => {
      term.kill();
      reject(new Error(`no first question after 20 s: ${screen.slice(-300)}`));
    }, 20_000);
    term.onData((data) => {
      screen += data;
      // The question is there once its choices are: the header is drawn before the prompt loads.
      if (screen.includes("Question 1 of") && screen.includes("❯ 1.")) {
        clearTimeout(timer);
        const elapsed = performance.now() - start;
        term.kill();
        resolve(elapsed);
      }
    });
  });
}
for (let i = 0; i < runs; i++) {
  if (i % 5 === 0) progress(`round ${i + 1} of ${runs} ...`);
  baseline.push(run(["-e", "0"]).elapsed);
  for (const [name, args, , env] of commands) samples.get(name).push(run(args, env).elapsed);
  if (pty) firstQuestion.push(await timeToFirstQuestion());
}
if (pty) {
  commands.push(["quiz --module cost: first question (pty)", [], 2.0]);
  samples.set("quiz --module cost: first question (pty)", firstQuestion);
}

const base = median(baseline);
const rows = [["command", "median ms", "ratio", "target", ""]];
rows.push(["node -e 0", base.toFixed(1), "1.00", "", ""]);
let failed = 0;
for (const [name, , budget] of commands) {
  const m = median(samples.get(name));
  const ratio = m / base;
  const ok = budget === undefined || ratio <= budget;
  if (!ok) failed++;
  rows.push([
    name,
    m.toFixed(1),
    ratio.toFixed(2),
    budget === undefined ? "" : `<= ${budget}`,
    budget === undefined ? "" : ok ? "ok" : "MISSED",
  ]);
}

// ---- peak memory --------------------------------------------------------------------------
// The same preload measures both, so its own cost cancels out of the ratio.
const hook = join(scratch, "max-rss.mjs");
writeFileSync(
  hook,
  'process.on("exit", () => process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\\n`));\n',
);
const rss = (args) =>
  Number(/maxrss=(\d+)/.exec(run(["--import", hook, ...args]).stderr)?.[1] ?? Number.NaN);
const rssBase = [];
const rssVersion = [];
for (let i = 0; i < 10; i++) {
  rssBase.push(rss(["-e", "0"]));
  rssVersion.push(rss([bin, "--version"]));
}
const memRatio = median(rssVersion) / median(rssBase);
if (memRatio > 1.3) failed++;
const memRows = [
  ["peak memory", "median MB", "ratio", "target", ""],
  ["node -e 0", (median(rssBase) / 1024).toFixed(1), "1.00", "", ""],
  [
    "--version",
    (median(rssVersion) / 1024).toFixed(1),
    memRatio.toFixed(2),
    "<= 1.3",
    memRatio <= 1.3 ? "ok" : "MISSED",
  ],
];

// ---- scale ----------------------------------------------------------------------------------
const scaleRows = [["scale", "1,000 q (ms)", "10,000 q (ms)", "growth", "target", ""]];
if (!values["no-scale"]) {
  progress("writing synthetic packs of 1,000 and 10,000 questions ...");
  const small = writeSyntheticPack(join(scratch, "pack-1k"), 10, 100);
  const large = writeSyntheticPack(join(scratch, "pack-10k"), 20, 500);
  const scaleRuns = 5;
  for (const [name, args] of [
    ["validate", (pack) => [bin, "validate", pack]],
    ["quiz --list --json", (pack) => [bin, "quiz", "--all", "--list", "--json", "--content", pack]],
  ]) {
    progress(`timing ${name} at both sizes ...`);
    const t1 = median(Array.from({ length: scaleRuns }, () => run(args(small)).elapsed));
    const t10 = median(Array.from({ length: scaleRuns }, () => run(args(large)).elapsed));
    const growth = t10 / t1;
    const linear = growth <= 12;
    const fast = name !== "validate" || t10 < 3000;
    if (!linear || !fast) failed++;
    scaleRows.push([
      name,
      t1.toFixed(0),
      t10.toFixed(0),
      `${growth.toFixed(1)}x`,
      name === "validate" ? "<= 12x, 10k < 3 s" : "<= 12x",
      linear && fast ? "ok" : "MISSED",
    ]);
  }
}

function table(rowsToPrint) {
  const widths = rowsToPrint[0].map((_, c) => Math.max(...rowsToPrint.map((r) => r[c].length)));
  for (const row of rowsToPrint) {
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c]))
        .join("  ")
        .trimEnd(),
    );
  }
  console.log();
}

console.log(
  `eks-primer benchmark: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown cpu"}), ${runs} runs each, medians\n`,
);
table(rows);
table(memRows);
if (scaleRows.length > 1) table(scaleRows);
console.log(failed === 0 ? "all targets met" : `${failed} target(s) missed`);
process.exitCode = failed === 0 ? 0 : 1;
