// The npm package as users get it: packed, installed into a fresh prefix, run from elsewhere.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";

const npm = (args: string[], cwd: string) =>
  execFileSync("npm", args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false" },
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 180_000,
  });

describe("the packed package", () => {
  it("ships only what users need, installs into a fresh prefix and runs from any folder", () => {
    const work = mkdtempSync(join(tmpdir(), "eks-primer-pack-"));
    // The build is fresh (the global setup builds first); packing needs no second one.
    const packed = JSON.parse(
      npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], ROOT),
    ) as { filename: string; files: { path: string }[]; size: number; unpackedSize: number }[];
    const info = packed[0];
    if (!info) throw new Error("npm pack printed nothing");
    const tops = new Set(info.files.map((f) => f.path.split("/")[0]));
    expect([...tops].sort()).toEqual(["README.md", "bin", "content", "dist", "package.json"]);
    expect(info.files.some((f) => f.path === "dist/course/index.json")).toBe(true);
    expect(info.files.some((f) => f.path === "dist/course/networking.json")).toBe(true);

    const tarball = join(work, info.filename);
    const prefix = join(work, "prefix");
    npm(["install", "--global", "--prefix", prefix, "--no-audit", tarball], work);
    const elsewhere = mkdtempSync(join(tmpdir(), "eks-primer-elsewhere-"));
    const env = {
      PATH: `${join(prefix, "bin")}:${process.env.PATH ?? ""}`,
      HOME: process.env.HOME ?? "",
      EKS_PRIMER_HOME: join(work, "home"),
    };
    const run = (args: string[]) =>
      spawnSync(join(prefix, "bin", "eks-primer"), args, { cwd: elsewhere, env, encoding: "utf8" });
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(run(["--version"]).stdout.trim()).toBe(version.version);
    const modules = run(["modules", "--json"]);
    expect(modules.status).toBe(0);
    expect((JSON.parse(modules.stdout) as { modules: unknown[] }).modules).toHaveLength(15);

    const viaNpx = execFileSync(
      "npx",
      // npx takes a tarball as a relative path (an absolute one is run as a command).
      ["--yes", `./${info.filename}`, "quiz", "--list", "--json", "--module", "cost"],
      {
        cwd: work,
        encoding: "utf8",
        env: { ...process.env, EKS_PRIMER_HOME: join(work, "home") },
        timeout: 180_000,
      },
    );
    const listed = JSON.parse(viaNpx) as { questions: { module: string }[] };
    expect(listed.questions.length).toBeGreaterThanOrEqual(5);
    expect(listed.questions.every((q) => q.module === "cost")).toBe(true);
  }, 240_000);
});
