// Vitest global setup of the tests that run the built CLI: builds dist/ once before them, unless
// it is newer than everything it is built from.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.js";

const INPUTS = ["src", "content", "package.json", "package-lock.json"];

/** The modification times of a file, or of every file under a folder. */
function mtimes(path: string): number[] {
  if (!existsSync(path)) return [];
  const stat = statSync(path);
  if (!stat.isDirectory()) return [stat.mtimeMs];
  return readdirSync(path).flatMap((name) => mtimes(join(path, name)));
}

/** Why dist/ has to be built, or undefined when it is newer than every input. */
export function staleReason(root = ROOT): string | undefined {
  const built = mtimes(join(root, "dist"));
  if (built.length === 0) return "dist/ is missing";
  const oldestOutput = Math.min(...built);
  const newestInput = Math.max(...INPUTS.flatMap((p) => mtimes(join(root, p))));
  return newestInput >= oldestOutput ? "dist/ is older than its sources" : undefined;
}

export default function setup(): void {
  const reason = staleReason();
  if (reason === undefined) return;
  console.log(`${reason}: npm run build`);
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
  }
}
