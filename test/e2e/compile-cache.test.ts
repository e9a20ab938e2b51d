// The code cache for dist/ (src/compile-cache.ts, built): each case runs in a process of its
// own, as the CLI does (within one process V8 reuses what it compiled, cache or not). Files under
// its root compile from the cache after a first run, a changed file or damaged data compiles
// afresh, files elsewhere are left to Node, and the CLI reads the same with and without it.
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { userCacheFolder } from "../../src/compile-cache.js";
import { ROOT } from "../helpers/paths.js";
import { spawnCli } from "../helpers/spawn-cli.js";

const MODULE = join(ROOT, "dist", "compile-cache.js");

/** Requires `file` in a new process with the cache installed for `dist`; what it found. */
function load(dist: string, folder: string, file: string, env: Record<string, string> = {}) {
  const script = `
    const [dist, folder, file] = process.argv.slice(1);
    const cache = require(${JSON.stringify(MODULE)}).installCompileCache(dist, folder);
    const value = require(file);
    console.log(JSON.stringify({ value, stats: cache ? cache.stats : null }));`;
  const result = spawnSync(process.execPath, ["-e", script, dist, folder, file], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as { value: unknown; stats: { hits: number; misses: number } };
}

function fixture() {
  const root = mkdtempSync(join(tmpdir(), "eks-primer-cc-"));
  const dist = join(root, "dist");
  mkdirSync(dist);
  return { root, dist, folder: join(root, "cache"), chunk: join(dist, "chunk.js") };
}

const cacheFiles = (folder: string) =>
  readdirSync(folder).flatMap((where) =>
    readdirSync(join(folder, where)).map((f) => join(folder, where, f)),
  );

describe("the compile cache", () => {
  it("compiles files afresh once, saves them at exit, then compiles them from the cache", () => {
    const { dist, folder, chunk } = fixture();
    writeFileSync(join(dist, "helper.js"), "exports.twice = (n) => n * 2;\n");
    writeFileSync(
      chunk,
      "const { twice } = require('./helper.js');\nmodule.exports = { answer: twice(21), file: __filename, self: this === module.exports };\n",
    );
    const first = load(dist, folder, chunk);
    expect(first).toEqual({
      value: { answer: 42, file: chunk, self: true },
      stats: { hits: 0, misses: 2 },
    });
    expect(
      cacheFiles(folder)
        .map((f) => f.replace(/.*[/\\]/, ""))
        .sort(),
    ).toEqual(["chunk.js.cache", "helper.js.cache"]);
    expect(load(dist, folder, chunk)).toEqual({ ...first, stats: { hits: 2, misses: 0 } });
  });

  it("compiles a changed file afresh, even one of the same length, and drops what is gone", () => {
    const { dist, folder, chunk } = fixture();
    writeFileSync(chunk, "module.exports = 'one';\n");
    load(dist, folder, chunk);
    // What a file of an earlier build left: removed by the next run that saves.
    const [where] = readdirSync(folder);
    writeFileSync(join(folder, where!, "chunk-OLDHASH.js.cache"), "1:2\nold");
    writeFileSync(chunk, "module.exports = 'two';\n");
    utimesSync(chunk, new Date(), new Date(Date.now() + 5000));
    expect(load(dist, folder, chunk)).toEqual({ value: "two", stats: { hits: 0, misses: 1 } });
    expect(readdirSync(join(folder, where!))).toEqual(["chunk.js.cache"]);
    expect(load(dist, folder, chunk)).toEqual({ value: "two", stats: { hits: 1, misses: 0 } });
  });

  it("compiles afresh when the cached data is damaged, and mends it", () => {
    const { dist, folder, chunk } = fixture();
    writeFileSync(chunk, "module.exports = [1, 2, 3].map((n) => n + 1);\n");
    load(dist, folder, chunk);
    const [cached] = cacheFiles(folder);
    const data = readFileSync(cached!);
    const stamp = data.subarray(0, data.indexOf(10) + 1);
    writeFileSync(cached!, Buffer.concat([stamp, Buffer.from("not V8's code cache at all")]));
    expect(load(dist, folder, chunk)).toEqual({ value: [2, 3, 4], stats: { hits: 0, misses: 1 } });
    expect(load(dist, folder, chunk)).toEqual({ value: [2, 3, 4], stats: { hits: 1, misses: 0 } });
  });

  it("leaves files outside its root to Node, and is off with NODE_DISABLE_COMPILE_CACHE", () => {
    const { root, dist, folder, chunk } = fixture();
    const outside = join(root, "outside.js");
    writeFileSync(outside, "module.exports = 'outside';\n");
    expect(load(dist, folder, outside)).toEqual({
      value: "outside",
      stats: { hits: 0, misses: 0 },
    });
    writeFileSync(chunk, "module.exports = 'inside';\n");
    const off = load(dist, folder, chunk, { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(off).toEqual({ value: "inside", stats: null });
    expect(() => readdirSync(folder)).toThrow();
  });

  it("serves the CLI from the user's cache folder, which changes nothing it prints", () => {
    const cacheHome = mkdtempSync(join(tmpdir(), "eks-primer-cc-home-"));
    const home = mkdtempSync(join(tmpdir(), "eks-primer-cc-store-"));
    const env = { XDG_CACHE_HOME: cacheHome, EKS_PRIMER_HOME: home };
    const off = spawnCli(["modules", "--json"], {
      env: { ...env, NODE_DISABLE_COMPILE_CACHE: "1" },
    });
    expect(readdirSync(cacheHome)).toEqual([]);
    const first = spawnCli(["modules", "--json"], { env });
    const folder = userCacheFolder({ XDG_CACHE_HOME: cacheHome }, "linux");
    expect(cacheFiles(folder).some((f) => f.endsWith("index.js.cache"))).toBe(true);
    const second = spawnCli(["modules", "--json"], { env });
    expect(first).toEqual(off);
    expect(second).toEqual(off);
    expect(off.code).toBe(0);
  });

  it("names the user's cache folder as env-paths does", () => {
    expect(userCacheFolder({ XDG_CACHE_HOME: "/c" }, "linux")).toBe(
      join("/c", "eks-primer-nodejs"),
    );
    expect(userCacheFolder({ LOCALAPPDATA: "/l" }, "win32")).toBe(
      join("/l", "eks-primer-nodejs", "Cache"),
    );
    expect(userCacheFolder({}, "darwin")).toMatch(/Library[/\\]Caches[/\\]eks-primer-nodejs$/);
  });
});
