import { spawn, type IPty } from "node-pty";
import { stripVTControlCharacters } from "node:util";
import { BIN } from "./paths.js";

export interface PtySession {
  /** Everything the program printed so far, escape codes removed. */
  readonly text: () => string;
  /** Raw output including escape codes. */
  readonly raw: () => string;
  write(data: string): void;
  /** Resolves once `pattern` appears in the output printed after `since` (default: anywhere). */
  waitFor(pattern: string | RegExp, options?: { timeout?: number; since?: number }): Promise<void>;
  /** Length of the plain output so far, to wait for text printed after this point. */
  mark(): number;
  /** Resizes the terminal: the program gets SIGWINCH. */
  resize(cols: number, rows: number): void;
  exit: Promise<{ exitCode: number; signal?: number | undefined }>;
  kill(): void;
}

export const KEYS = {
  enter: "\r",
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  space: " ",
  ctrlC: "\u0003",
  escape: "\u001b",
  pageDown: "\u001b[6~",
};

/** Runs the built binary in a real pseudo-terminal. */
export function spawnPty(
  args: string[],
  options: { env?: Record<string, string>; cols?: number; rows?: number; cwd?: string } = {},
): PtySession {
  let output = "";
  const pty: IPty = spawn(process.execPath, [BIN, ...args], {
    name: "xterm-256color",
    cols: options.cols ?? 80,
    rows: options.rows ?? 24,
    cwd: options.cwd ?? process.cwd(),
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      TERM: "xterm-256color",
      ...options.env,
    },
  });
  pty.onData((data) => {
    output += data;
  });
  const exit = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    pty.onExit(resolve);
  });
  const text = () => stripVTControlCharacters(output);
  return {
    text,
    raw: () => output,
    write: (data) => pty.write(data),
    mark: () => text().length,
    kill: () => pty.kill(),
    resize: (cols, rows) => pty.resize(cols, rows),
    exit,
    waitFor(pattern, { timeout = 10_000, since = 0 } = {}) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          const seen = text().slice(since);
          const found = typeof pattern === "string" ? seen.includes(pattern) : pattern.test(seen);
          if (found) return resolve();
          if (Date.now() - started > timeout) {
            return reject(
              new Error(
                `timed out waiting for ${String(pattern)}; screen so far:\n${seen.slice(-2000)}`,
              ),
            );
          }
          setTimeout(check, 25);
        };
        check();
      });
    },
  };
}
