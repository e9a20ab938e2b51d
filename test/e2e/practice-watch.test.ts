// `practice watch` in a real pseudo-terminal: a saved file is checked again, `h` shows a hint,
// `s` offers the solution after three failed checks, `q` quits.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawnCli } from "../helpers/spawn-cli.js";
import { spawnPty } from "../helpers/pty.js";

describe("practice watch", () => {
  it("re-checks a saved file, gives hints, and the solution after three failed checks", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "eks-primer-watch-"));
    const env = { EKS_PRIMER_HOME: mkdtempSync(join(tmpdir(), "eks-primer-watch-home-")) };
    expect(spawnCli(["practice", "init", "ws", "--module", "upgrades"], { cwd, env }).code).toBe(0);
    const ws = join(cwd, "ws");
    const workspace = JSON.parse(readFileSync(join(ws, ".eks-primer-practice.json"), "utf8")) as {
      exercises: { id: string; file: string }[];
    };
    const entry = workspace.exercises.find((e) => e.file.endsWith(".sh"));
    if (!entry) throw new Error("no command exercise in upgrades");
    const file = join(ws, entry.file);
    const task = readFileSync(file, "utf8");
    const session = spawnPty(["practice", "watch"], { cwd: ws, env, cols: 100 });
    await session.waitFor(/0 of \d+ solved/);
    for (let i = 1; i <= 3; i++) {
      const mark = session.mark();
      writeFileSync(file, `${task}kubectl get pods --attempt ${i}\n`);
      await session.waitFor(`✖ ${entry.file}`, { since: mark });
      await session.waitFor("Keys:", { since: mark });
    }
    let mark = session.mark();
    session.write("h");
    await session.waitFor("Hint 1:", { since: mark });
    mark = session.mark();
    session.write("s");
    await session.waitFor("Press y to see it", { since: mark });
    mark = session.mark();
    session.write("y");
    await session.waitFor(`The solution of ${entry.id}:`, { since: mark });
    const solution =
      session.text().slice(mark).split(`The solution of ${entry.id}:`)[1]?.trim().split("\n")[0] ??
      "";
    mark = session.mark();
    writeFileSync(file, `${task}${solution}\n`);
    await session.waitFor(`✔ ${entry.file}`, { since: mark });
    await session.waitFor(/1 of \d+ solved/, { since: mark });
    session.write("q");
    expect((await session.exit).exitCode).toBe(0);
  });
});
