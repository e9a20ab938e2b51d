import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VALID_PACK } from "../helpers/paths.js";
import { KEYS, spawnPty } from "../helpers/pty.js";
import { spawnCli } from "../helpers/spawn-cli.js";

const pack = ["--content", VALID_PACK];
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-learn-"));

function storeFile(home: string): {
  lessonsRead: Record<string, string>;
  position?: { lesson: string };
} {
  const file = readdirSync(home).find((f) => f === "progress.json");
  if (!file) throw new Error(`no progress.json in ${home}: ${readdirSync(home).join(", ")}`);
  return JSON.parse(readFileSync(join(home, file), "utf8")) as ReturnType<typeof storeFile>;
}

describe("learn in a terminal", () => {
  it("opens the menu, pages through lessons, quits, and resumes with Continue", async () => {
    const home = freshHome();
    const first = spawnPty(["learn", ...pack], { env: { EKS_PRIMER_HOME: home } });
    await first.waitFor("pick a module");
    expect(first.text()).toMatch(/1\. Basics .*not started/);
    first.write(KEYS.enter);
    await first.waitFor(/Basics › Pods +lesson 1 of 2/);
    expect(first.text()).toContain("A pod is one or more containers.");
    let mark = first.mark();
    first.write("n");
    await first.waitFor(/Basics › Nodes +lesson 2 of 2/, { since: mark });
    await first.waitFor("Current as of 2026: Runtimes", { since: mark });
    first.write("q");
    expect(await first.exit).toMatchObject({ exitCode: 0 });
    expect(first.text()).toContain("Your place is saved: Basics › Nodes");
    expect(storeFile(home).position?.lesson).toBe("nodes");
    expect(Object.keys(storeFile(home).lessonsRead).sort()).toEqual([
      "basics/nodes",
      "basics/pods",
    ]);

    const second = spawnPty(["learn", ...pack], { env: { EKS_PRIMER_HOME: home } });
    await second.waitFor("Continue: Basics › Nodes");
    expect(second.text()).toMatch(/Basics .*completed/);
    mark = second.mark();
    second.write(KEYS.enter);
    await second.waitFor(/Basics › Nodes +lesson 2 of 2/, { since: mark });
    second.write("p");
    await second.waitFor(/Basics › Pods +lesson 1 of 2/, { since: mark });
    second.write("q");
    expect(await second.exit).toMatchObject({ exitCode: 0 });
  });

  it("Ctrl-C in a lesson exits 130, restores the terminal and leaves the store valid", async () => {
    const home = freshHome();
    const session = spawnPty(["learn", "networking", ...pack], { env: { EKS_PRIMER_HOME: home } });
    await session.waitFor(/Networking › Services/);
    session.write(KEYS.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    expect(session.raw()).toContain("\u001b[?1049l");
    expect(session.text()).toContain("interrupted; your place is saved");
    expect(storeFile(home).position?.lesson).toBe("services");
  });

  it("Ctrl-C in the menu exits 130", async () => {
    const home = freshHome();
    const session = spawnPty(["learn", ...pack], { env: { EKS_PRIMER_HOME: home } });
    await session.waitFor("pick a module");
    session.write(KEYS.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
  });
});

describe("learn without a terminal", () => {
  it("prints a module as plain text", () => {
    const { code, stdout, stderr } = spawnCli(["learn", "basics", "--print", ...pack]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Basics");
    expect(stdout).toContain("1. Pods");
    expect(stdout).toContain("2. Nodes");
    expect(stdout).toContain("it has one IP address");
    expect(stdout).toContain("Current as of 2026: Runtimes");
    expect(stdout).not.toContain("\u001b");
  });

  it("prints every module of the built-in course as text within the width", () => {
    for (const module of ["networking", "environment", "upgrades"]) {
      const { code, stdout } = spawnCli(["learn", module, "--print"], { env: { COLUMNS: "72" } });
      expect(code).toBe(0);
      expect(stdout).not.toMatch(/<\/?(p|ul|li|strong|code)>/);
      expect(stdout).not.toContain("**");
      for (const line of stdout.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(72);
    }
  });

  it("prints one lesson with --lesson, and prints when piped even without --print", () => {
    const { code, stdout } = spawnCli(["learn", "basics", "--lesson", "nodes", ...pack]);
    expect(code).toBe(0);
    expect(stdout).toContain("2. Nodes");
    expect(stdout).not.toContain("1. Pods");
  });

  it("refuses the menu without a terminal: one-line hint, exit 2, no waiting", () => {
    const { code, stdout, stderr } = spawnCli(["learn", ...pack]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "error: learn needs a terminal to open the course menu\nhint: name a module to print it: eks-primer learn networking --print (eks-primer modules lists them)\n",
    );
  });

  it("suggests the nearest module for a typo", () => {
    const { code, stderr } = spawnCli(["learn", "networkin", "--print", ...pack]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error: unknown module "networkin"\nhint: did you mean networking? (eks-primer modules lists them all)\n',
    );
  });
});
