// The store-at-scale part of the benchmark: builds a store of many attempts in one module by
// importing a generated export, then times what a learner with that history runs, 50 concurrent
// scripted quizzes, `search` and a second run over a 10,000-question pack.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { once } from "node:events";
import { writeSyntheticPack } from "../helpers/synthetic-pack.mjs";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Writes an export of `count` quiz attempts of module `module` (its questions: `questions`),
 * numbered from `from` (so that parts of one history can be imported one after another).
 */
export async function writeExport(path, count, module, questions, from = 0) {
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(
    `{"format":"eks-primer-progress","exportedAt":"2026-06-01T00:00:00.000Z","progress":{"version":1,"lessonsRead":{},"cards":{},"attempts":[\n`,
  );
  const start = Date.parse("2026-01-01T00:00:00Z");
  for (let i = from; i < from + count; i++) {
    const results = questions.map((q, n) => ({
      question: q.id,
      module,
      revision: 1,
      correct: (i + n) % 3 !== 0,
      given: "a",
    }));
    const score = results.filter((r) => r.correct).length;
    const attempt = {
      id: `bench-${i}`,
      kind: "quiz",
      mode: "scripted",
      at: new Date(start + i * 60_000).toISOString(),
      durationMs: 1000,
      modules: [module],
      score,
      total: results.length,
      passMark: 70,
      passed: score / results.length >= 0.7,
      results,
    };
    await write(`${i === from ? "" : ",\n"}${JSON.stringify(attempt)}`);
  }
  await write("\n]}}\n");
  out.end();
  await once(out, "finish");
}

/**
 * Runs the store benchmark; returns rows for the printed table. `time(args, env)` measures one
 * run (ms, exit code); `rss(args, env)` its peak memory (KB).
 */
export async function benchStore({ bin, scratch, env, runs, size, progress, time, rss }) {
  const home = join(scratch, "store-150k");
  mkdirSync(home, { recursive: true });
  const storeEnv = { ...env, EKS_PRIMER_HOME: home };
  const listed = spawnSync(process.execPath, [bin, "quiz", "-m", "cost", "--list", "--json"], {
    env,
    encoding: "utf8",
  });
  const questions = JSON.parse(listed.stdout).questions;
  const answers = join(scratch, "answers.json");
  writeFileSync(
    answers,
    JSON.stringify(Object.fromEntries(questions.map((q) => [q.id, anAnswer(q)]))),
  );
  // Imported in parts of 50,000: an export of 150,000 attempts of this module is over the
  // 200 MB that import accepts (one attempt holds a result for each of its questions).
  const PART = 50_000;
  let importMs = 0;
  let importCode = 0;
  for (let from = 0; from < size && importCode === 0; from += PART) {
    const exportFile = join(scratch, `export-${from}.json`);
    const count = Math.min(PART, size - from);
    progress(`writing and importing attempts ${from + 1} to ${from + count} ...`);
    await writeExport(exportFile, count, "cost", questions, from);
    const imported = time([bin, "import", exportFile], storeEnv);
    importMs += imported.ms;
    importCode = imported.code;
    rmSync(exportFile, { force: true });
  }
  const rows = [
    [
      `import of ${size.toLocaleString("en")} attempts (in parts of ${PART.toLocaleString("en")})`,
      importMs.toFixed(0),
      "",
      "",
      "",
    ],
  ];
  if (importCode !== 0) rows[0][4] = `exit ${importCode}`;

  const quiz = [bin, "quiz", "-m", "cost", "--answers", answers, "--json"];
  const cases = [
    ["quiz -m cost --answers FILE --json (records)", quiz, 2.0],
    ["progress", [bin, "progress"], 2.0],
    ["modules", [bin, "modules"], 2.0],
    ["review --list --json", [bin, "review", "--list", "--json"], 2.0],
  ];
  const samples = new Map(cases.map(([name]) => [name, { ms: [], codes: new Set() }]));
  const base = [];
  for (let i = 0; i < runs; i++) {
    if (i % 5 === 0) progress(`store round ${i + 1} of ${runs} ...`);
    base.push(time(["-e", "0"], env).ms);
    for (const [name, args] of cases) {
      const r = time(args, storeEnv);
      samples.get(name).ms.push(r.ms);
      samples.get(name).codes.add(r.code);
    }
  }
  const baseMs = median(base);
  for (const [name, , goal] of cases) {
    const { ms, codes } = samples.get(name);
    const ratio = median(ms) / baseMs;
    const ok = [...codes].every((c) => c === 0 || (c === 1 && name.startsWith("quiz")));
    rows.push([
      name,
      median(ms).toFixed(1),
      ratio.toFixed(2),
      `<= ${goal}`,
      ok ? (ratio <= goal ? "ok" : "MISSED") : `exit ${[...codes].join(",")}`,
    ]);
  }
  const rssBase = median([0, 1, 2].map(() => rss(["-e", "0"], env)));
  const rssQuiz = median([0, 1, 2].map(() => rss(quiz, storeEnv)));
  const memRatio = rssQuiz / rssBase;
  rows.push([
    "quiz (records): peak memory",
    `${(rssQuiz / 1024).toFixed(0)} MB`,
    memRatio.toFixed(2),
    "<= 1.5",
    memRatio <= 1.5 ? "ok" : "MISSED",
  ]);

  progress("50 concurrent scripted runs ...");
  const before = countAttempts(bin, storeEnv);
  const codes = await Promise.all(
    Array.from({ length: 50 }, () => runAsync([...quiz.slice(0, -1)], storeEnv)),
  );
  const after = countAttempts(bin, storeEnv);
  const exits = codes.filter((c) => c === 0 || c === 1).length;
  rows.push([
    "50 concurrent scripted runs",
    `${exits} graded`,
    "",
    "50 graded, 50 new",
    exits === 50 && after - before === 50 ? "ok" : `MISSED (${after - before} new)`,
  ]);

  const search = [];
  const searchBase = [];
  for (let i = 0; i < runs; i++) {
    searchBase.push(time(["-e", "0"], env).ms);
    search.push(time([bin, "search", "karpenter"], env).ms);
  }
  const searchRatio = median(search) / median(searchBase);
  rows.push([
    "search karpenter",
    median(search).toFixed(1),
    searchRatio.toFixed(2),
    "<= 1.6",
    searchRatio <= 1.6 ? "ok" : "MISSED",
  ]);

  progress("a pack of 10,000 questions ...");
  const pack = writeSyntheticPack(join(scratch, "store-pack-10k"), 20, 500);
  const packArgs = [bin, "--content", pack, "quiz", "--all", "--list", "--json"];
  const first = time(packArgs, env);
  const second = [];
  const packBase = [];
  for (let i = 0; i < Math.min(runs, 10); i++) {
    packBase.push(time(["-e", "0"], env).ms);
    second.push(time(packArgs, env).ms);
  }
  const packRatio = median(second) / median(packBase);
  rows.push([
    "--content <10k pack> quiz --all --list --json (2nd run)",
    median(second).toFixed(1),
    packRatio.toFixed(2),
    "<= 2.5",
    first.code !== 0 ? `exit ${first.code}` : packRatio <= 2.5 ? "ok" : "MISSED",
  ]);
  return { rows, failed: rows.filter((r) => r[4] !== "ok" && r[4] !== "").length };
}

/** A valid (not necessarily right) answer to a listed question. */
function anAnswer(q) {
  if (q.type === "multiple") return q.options.slice(0, q.select).map((o) => o.key);
  if (q.type === "categorize") {
    return Object.fromEntries(q.items.map((item) => [item.key, q.options[0].key]));
  }
  // A hands-on exercise: a command line, or a manifest (its starter).
  if (q.type === "command") return "kubectl version";
  if (q.type === "manifest") return q.starter;
  return q.options[0].key;
}

function countAttempts(bin, env) {
  const r = spawnSync(process.execPath, [bin, "progress", "--json"], { env, encoding: "utf8" });
  try {
    return JSON.parse(r.stdout).totals.attempts;
  } catch {
    return Number.NaN;
  }
}

function runAsync(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: "ignore" });
    child.on("close", (code) => resolve(code));
  });
}

export { median, performance };
