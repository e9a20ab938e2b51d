// Opens the learner's editor on a text (a manifest to write): $VISUAL, then $EDITOR, then nano,
// then vi, on a temporary file; returns what was saved. The editor gets the terminal to itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../shared/errors.js";

export type Env = Record<string, string | undefined>;

/** The editors to try, in order, each as a program and its arguments. */
export function editorCandidates(env: Env): string[][] {
  const named = [env.VISUAL, env.EDITOR].filter(
    (e): e is string => e !== undefined && e.trim() !== "",
  );
  return [...named.map((e) => e.trim().split(/\s+/)), ["nano"], ["vi"]];
}

/** Edits `text` in a file named `name`; returns the saved text. */
export function editText(text: string, name: string, env: Env): string {
  // Loaded here: node:child_process (and node:net with it) costs every quiz start a few ms. Not
  // with import(): the compile cache (src/compile-cache.ts) leaves files that hold one to Node.
  const { spawnSync } = process.getBuiltinModule("node:child_process");
  const dir = mkdtempSync(join(tmpdir(), "eks-primer-"));
  const file = join(dir, name);
  try {
    writeFileSync(file, text);
    for (const [program = "vi", ...args] of editorCandidates(env)) {
      const run = spawnSync(program, [...args, file], { stdio: "inherit", env: { ...env } });
      const failed: NodeJS.ErrnoException | undefined = run.error;
      if (failed?.code === "ENOENT") continue;
      if (run.error)
        throw new InputError(
          `cannot run the editor ${program}: ${run.error.message}`,
          "set EDITOR to an editor that works here, e.g. EDITOR=nano",
        );
      return readFileSync(file, "utf8");
    }
    throw new InputError(
      "no editor found: tried $VISUAL, $EDITOR, nano and vi",
      "set EDITOR, for example: export EDITOR=nano",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
