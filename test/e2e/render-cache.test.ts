// The rendered-lesson cache (src/commands/learn/render-cache.ts): a lesson read before is printed
// from the cache, and anything that changes the rendering misses it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/paths.js";

function learn(home: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, "learn", ...args, "--print"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", EKS_PRIMER_HOME: home, NO_COLOR: "1", ...env },
    timeout: 20_000,
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return run.stdout;
}

const entries = (home: string) => readdirSync(join(home, "cache", "lessons")).sort();

describe("rendered lessons are cached", () => {
  it("prints a lesson read before from the cache, the same text as rendering it", () => {
    const home = mkdtempSync(join(tmpdir(), "eks-primer-cache-"));
    const first = learn(home, ["storage"]);
    const files = entries(home);
    expect(files).toHaveLength(5);
    expect(learn(home, ["storage"])).toBe(first);
    // What is printed comes from the cache: a marked entry shows through.
    for (const file of files) {
      const path = join(home, "cache", "lessons", file);
      writeFileSync(path, `${readFileSync(path, "utf8")}\nFROM THE CACHE`);
    }
    expect(learn(home, ["storage"]).match(/FROM THE CACHE/g)).toHaveLength(5);
  });

  it("misses on another width, and on a changed lesson", () => {
    const home = mkdtempSync(join(tmpdir(), "eks-primer-cache-"));
    const wide = learn(home, ["storage"], { COLUMNS: "120" });
    expect(learn(home, ["storage"], { COLUMNS: "60" })).not.toBe(wide);
    expect(entries(home)).toHaveLength(10);
    const pack = mkdtempSync(join(tmpdir(), "eks-primer-cache-pack-"));
    cpSync(join(ROOT, "content"), pack, { recursive: true });
    const lesson = join(pack, "storage", "csi-drivers.md");
    writeFileSync(lesson, `${readFileSync(lesson, "utf8")}\n\nA sentence added to the lesson.\n`);
    const changed = learn(home, ["storage", "--content", pack], { COLUMNS: "120" });
    expect(changed).toContain("A sentence added to the lesson.");
    // Only the changed lesson was rendered again.
    expect(entries(home)).toHaveLength(11);
  });
});
