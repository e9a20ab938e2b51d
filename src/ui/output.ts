// Output for the terminal: colour and width decided once, from the streams and the environment.
import type { OutStream, Output } from "../shared/context.js";
import { terminalText } from "../shared/safe-text.js";

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

/**
 * Every line a command prints passes here: control, bidi and zero-width characters become visible
 * escapes (JSON stays JSON: they are escaped the way JSON escapes them), and only the colour codes
 * of the program's own theme pass, when colour is on.
 */
export function createOutput(options: OutputOptions): Output {
  const { stdout, env } = options;
  const color = colorEnabled(stdout, env, options.noColor);
  // Standard error is looked at when first used (options.stderr may make it then).
  let colorErr: boolean | undefined;
  const errColor = () => (colorErr ??= colorEnabled(options.stderr, env, options.noColor));
  const line = (text: string, on: boolean) => {
    const safe = terminalText(text, on);
    return safe.endsWith("\n") ? safe : `${safe}\n`;
  };
  return {
    stdout,
    get stderr() {
      return options.stderr;
    },
    color,
    get colorErr() {
      return errColor();
    },
    width: terminalWidth(stdout, env),
    interactive: stdout.isTTY === true && options.stdinIsTTY === true && env.CI !== "true",
    out(text = "") {
      stdout.write(line(text, color));
    },
    err(text = "") {
      options.stderr.write(line(text, errColor()));
    },
  };
}
