import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { CommanderError } from "commander";
import { CliError, describeSystemError, ExitError, isSystemError } from "./shared/errors.js";
import { safeBlock } from "./shared/safe-text.js";
import { createProgram, type ProgramDeps } from "./program.js";
import { colorEnabled } from "./ui/output.js";

/**
 * A reader that stops early (`eks-primer learn storage --print | head`) is not an error; a
 * stream that cannot be written (`eks-primer export >/dev/full`) is one, with its own message.
 */
const watching = new WeakSet<NodeJS.WriteStream>();

function watched<T extends NodeJS.WriteStream>(name: string, stream: T): T {
  if (watching.has(stream)) return stream;
  watching.add(stream);
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    try {
      const { writeSync } = process.getBuiltinModule("node:fs");
      writeSync(
        2,
        `error: cannot write to ${name}: ${describeSystemError(error)}\n` +
          "hint: send the output to a file or device that has room and can be written\n",
      );
    } catch {
      // standard error itself cannot be written: the exit code is all that is left.
    }
    process.exit(2);
  });
  return stream;
}

export function processDeps(): ProgramDeps {
  // Node makes each standard stream when it is first read (a pipe's costs some 4 ms: node:net),
  // so these are read when used: a quiet run never makes standard error or standard input.
  return {
    get stdout() {
      return watched("standard output", process.stdout);
    },
    get stderr() {
      return watched("standard error", process.stderr);
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** Runs the command line and returns the exit code. The only place that turns errors into messages. */
export async function main(argv: string[], deps: ProgramDeps = processDeps()): Promise<number> {
  const debug = argv.includes("--debug");
  const noColor = argv.includes("--no-color");
  try {
    const program = createProgram(deps);
    // A bare `eks-primer` (global options only) shows the help, as `--help` would.
    const bare = argv.every((arg, i) => arg.startsWith("-") || argv[i - 1] === "--content");
    await program.parseAsync(
      bare && !argv.some((arg) => arg === "-V" || arg === "--version") ? [...argv, "--help"] : argv,
      {
        from: "user",
      },
    );
    return 0;
  } catch (error) {
    return report(error, deps, { debug, noColor });
  }
}

export function report(
  error: unknown,
  deps: ProgramDeps,
  options: { debug: boolean; noColor: boolean },
): number {
  const color = colorEnabled(deps.stderr, deps.env, options.noColor);
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  // Messages quote outside text (paths, keys, arguments): it is shown, never obeyed.
  const write = (message: string, hint?: string) => {
    deps.stderr.write(`${paint(31, "error:")} ${safeBlock(message)}\n`);
    if (hint) deps.stderr.write(`${paint(2, "hint:")} ${safeBlock(hint)}\n`);
  };

  if (error instanceof ExitError) return error.exitCode;
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0;
    const [first = error.message, ...rest] = error.message.split("\n");
    const suggestion = rest.join(" ").match(/\(Did you mean (.+)\?\)/)?.[1];
    write(
      first.replace(/^error: /, ""),
      suggestion
        ? `did you mean ${suggestion}? See eks-primer --help`
        : "see eks-primer --help, or eks-primer <command> --help",
    );
    return 2;
  }
  if (error instanceof CliError) {
    write(error.message, error.hint);
    if (options.debug && error.stack) deps.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === "ExitPromptError") {
    write("interrupted");
    return 130;
  }
  if (noHomeFolder(error)) {
    write(
      "cannot find your home folder: HOME is not set, and the system names none for this user",
      "set HOME to your home folder (and EKS_PRIMER_HOME to keep progress elsewhere)",
    );
    return 2;
  }
  if (isSystemError(error)) {
    // A file the program needed could not be used: say which, and why, in words.
    const path = error.path === undefined ? "" : ` ${error.path}`;
    write(
      `cannot ${error.syscall}${path}: ${describeSystemError(error)}`,
      "check the path and its permissions (eks-primer where shows where progress is kept)",
    );
    if (options.debug && error.stack) deps.stderr.write(`${error.stack}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(
    `unexpected failure: ${message}`,
    options.debug ? undefined : "run again with --debug for details, and report it if it persists",
  );
  if (options.debug && error instanceof Error && error.stack) deps.stderr.write(`${error.stack}\n`);
  return 2;
}

/** os.homedir() failing: HOME unset for a user the system has no home folder for. */
function noHomeFolder(error: unknown): boolean {
  const info = (error as { code?: unknown; info?: { syscall?: unknown } } | undefined) ?? {};
  return info.code === "ERR_SYSTEM_ERROR" && info.info?.syscall === "uv_os_homedir";
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
