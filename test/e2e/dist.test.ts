// What the build leaves in dist/ beside the program (the global setup builds it first): the
// third-party notices, and source maps that --debug uses.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";

const DIST = join(ROOT, "dist");
const readJson = (file: string) =>
  JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

const packageDirOf = (path: string) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];

/**
 * name@version of every npm package with code in dist/, from the source maps' sources (the
 * bundler writes them from the same inputs the notices are made from, which the build does not
 * keep), and the packages a bundled file embeds, as that file's own source map names them.
 */
function packagesInMaps(): Set<string> {
  const dirs = new Set<string>();
  const add = (file: string) => {
    const dir = packageDirOf(file);
    if (dir === undefined) return;
    // A package that a bundled file embeds (its own map names it under a nested
    // node_modules that is not there) is the one of that name installed at the top.
    dirs.add(
      existsSync(join(dir, "package.json"))
        ? dir
        : join(ROOT, "node_modules", dir.replace(/^.*node_modules\//, "")),
    );
  };
  for (const map of readdirSync(DIST).filter((f) => f.endsWith(".js.map"))) {
    const { sources } = readJson(join(DIST, map)) as { sources: string[] };
    for (const source of sources.map((s) => resolve(DIST, s))) {
      add(source);
      if (packageDirOf(source) === undefined || !existsSync(`${source}.map`)) continue;
      const own = readJson(`${source}.map`) as { sources?: string[] };
      for (const embedded of own.sources ?? []) add(resolve(dirname(source), embedded));
    }
  }
  return new Set(
    [...dirs].map((dir) => {
      const { name, version } = readJson(join(dir, "package.json"));
      return `${String(name)}@${String(version)}`;
    }),
  );
}

describe("the build output", () => {
  it("lists every bundled package in THIRD-PARTY-NOTICES.md, with its license text", () => {
    const notices = readFileSync(join(DIST, "THIRD-PARTY-NOTICES.md"), "utf8");
    const listed = [...notices.matchAll(/^\| (\S+) \| (\d\S*) \| (.+) \|$/gm)].map(
      ([, name, version]) => `${name}@${version}`,
    );
    expect(new Set(listed)).toEqual(packagesInMaps());
    expect(listed.length).toBeGreaterThan(20);
    for (const [name, licenseFile] of [
      ["commander", "LICENSE"],
      ["chalk", "license"],
      ["marked", "LICENSE"],
      ["zod", "LICENSE"],
    ] as const) {
      const dir = join(ROOT, "node_modules", name);
      const { version } = readJson(join(dir, "package.json"));
      expect(notices).toContain(`| ${name} | ${String(version)} | MIT |`);
      expect(notices).toContain(`## ${name} ${String(version)}\n`);
      expect(notices).toContain(readFileSync(join(dir, licenseFile), "utf8").trim());
    }
  });

  it("with --debug, an unexpected error's stack trace names the src/ file it comes from", () => {
    // A copy of the package whose compiled course is corrupt: an error no code path expects.
    const copy = mkdtempSync(join(tmpdir(), "eks-primer-debug-"));
    for (const part of ["bin", "dist", "package.json"]) {
      cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    }
    writeFileSync(
      join(copy, "dist", "course", "index.json"),
      JSON.stringify({ fingerprint: "", title: "T", description: "", modules: null }),
    );
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(copy, "bin", "eks-primer.js"), ...args], {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", EKS_PRIMER_HOME: join(copy, "home") },
        timeout: 20_000,
      });
    const plain = run(["modules"]);
    expect(plain.status).toBe(2);
    expect(plain.stderr).toMatch(
      /^error: unexpected failure: .+\nhint: run again with --debug for details.*\n$/,
    );
    const debug = run(["modules", "--debug"]);
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/^error: unexpected failure: /);
    expect(debug.stderr).toMatch(/\n {4}at .*\/src\/[\w/-]+\.ts:\d+:\d+\)?\n/);
  });
});
