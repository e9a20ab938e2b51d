import { spawnSync } from "node:child_process";
import { BIN } from "./paths.js";

export interface SpawnResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would, with no terminal and colour off unless asked. */
export function spawnCli(
  args: string[],
  options: { env?: Record<string, string>; input?: string; cwd?: string } = {},
): SpawnResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    input: options.input ?? "",
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
