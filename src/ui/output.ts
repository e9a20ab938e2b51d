// Output for the terminal: colour and width decided once, from the streams and the environment.
import type { OutStream, Output } from "../shared/context.js";

export type { OutStream, Output };

export interface OutputOptions {
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  noColor?: boolean | undefined;
  stdinIsTTY?: boolean | undefined;
}

export function colorEnabled(
  stream: OutStream,
  env: Record<string, string | undefined>,
  noColor = false,
): boolean {
  if (noColor || (env.NO_COLOR !== undefined && env.NO_COLOR !== "")) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

export function terminalWidth(stream: OutStream, env: Record<string, string | undefined>): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? "", 10);
  const width = stream.isTTY && stream.columns ? stream.columns : fromEnv > 0 ? fromEnv : 80;
  return Math.max(40, Math.min(width, 200));
}

export function createOutput(options: OutputOptions): Output {
  const { stdout, stderr, env } = options;
  return {
    stdout,
    stderr,
    color: colorEnabled(stdout, env, options.noColor),
    colorErr: colorEnabled(stderr, env, options.noColor),
    width: terminalWidth(stdout, env),
    interactive: stdout.isTTY === true && options.stdinIsTTY === true && env.CI !== "true",
    out(text = "") {
      stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    },
    err(text = "") {
      stderr.write(text.endsWith("\n") ? text : `${text}\n`);
    },
  };
}
