import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { main } from "../../src/index.js";
import type { ProgramDeps } from "../../src/program.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string | Buffer;
  /** Standard input fails with this error when read (a closed descriptor: EBADF). */
  stdinError?: NodeJS.ErrnoException;
  cwd?: string;
  tty?: boolean;
  columns?: number;
  /** Terminal rows (with tty): lets the exam keep its clock line. */
  rows?: number;
  now?: () => Date;
  /** The timer behind the exam clock's ticks (ProgramDeps.every). */
  every?: (ms: number, tick: () => void) => () => void;
}

class Capture {
  text = "";
  constructor(
    readonly isTTY: boolean,
    readonly columns: number | undefined,
    readonly rows?: number,
  ) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** Runs the command line in-process through createProgram, with captured output. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const stdout = new Capture(options.tty ?? false, options.columns, options.rows);
  const stderr = new Capture(options.tty ?? false, options.columns);
  const failure = options.stdinError;
  const stdin = (
    failure
      ? new Readable({
          read() {
            this.destroy(failure);
          },
        })
      : new PassThrough()
  ) as PassThrough & { isTTY?: boolean };
  stdin.isTTY = options.tty ?? false;
  if (options.stdin !== undefined) stdin.end(options.stdin);
  const deps: ProgramDeps = {
    stdout,
    stderr,
    stdin,
    // A store of its own unless the test names one: never the user's real progress.
    env: { EKS_PRIMER_HOME: mkdtempSync(join(tmpdir(), "eks-primer-run-")), ...options.env },
    cwd: options.cwd ?? process.cwd(),
    now: options.now ?? (() => new Date()),
    every: options.every,
  };
  const code = await main(args, deps);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
