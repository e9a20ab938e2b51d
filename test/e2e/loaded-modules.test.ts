// What a run of the built binary loads of Node's own modules: only what it uses (the README's
// "How start-up stays fast"). Each run writes, as it exits, the built-in modules it loaded.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES, VALID_PACK } from "../helpers/paths.js";

const scratch = mkdtempSync(join(tmpdir(), "eks-primer-loaded-"));
const preload = join(scratch, "loaded.cjs");
writeFileSync(
  preload,
  `process.on("exit", () => require("node:fs").writeFileSync(process.env.LOADED_TO, JSON.stringify(process.moduleLoadList)));\n`,
);

/** The built-in modules (`NativeModule x`) a run of the binary loaded. */
function loaded(args: string[]): { code: number | null; modules: Set<string> } {
  const home = mkdtempSync(join(scratch, "home-"));
  const to = join(home, "loaded.json");
  const run = spawnSync(process.execPath, ["--require", preload, BIN, ...args], {
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      EKS_PRIMER_HOME: home,
      LOADED_TO: to,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const list = JSON.parse(readFileSync(to, "utf8")) as string[];
  const modules = new Set(
    list.flatMap((m) => (m.startsWith("NativeModule ") ? [m.slice(13)] : [])),
  );
  return { code: run.status, modules };
}

describe("Node's own modules a run loads", () => {
  it("modules and a --list load no crypto, readline, fs.promises or child_process", () => {
    for (const args of [["modules"], ["quiz", "-m", "networking", "--list", "--json"]]) {
      const { code, modules } = loaded(args);
      expect(code).toBe(0);
      for (const name of [
        "crypto",
        "internal/readline/interface",
        "internal/fs/promises",
        "child_process",
      ]) {
        expect([args.join(" "), modules.has(name)]).toEqual([args.join(" "), false]);
      }
    }
  });

  it("recording a scripted quiz loads no crypto (conf is built without it)", () => {
    const answers = join(FIXTURES, "answers", "all-correct.json");
    const { code, modules } = loaded(["quiz", "--answers", answers, "--content", VALID_PACK]);
    expect(code).toBe(0);
    // The store is written through fs.promises: the list is the one the run made.
    expect(modules.has("internal/fs/promises")).toBe(true);
    expect(modules.has("crypto")).toBe(false);
  });
});
