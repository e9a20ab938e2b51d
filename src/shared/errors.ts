// Typed errors: the core and the loaders throw them, and only the entry point turns them into
// messages and exit codes.
import type { Diagnostic } from "./diagnostic.js";

export interface CliErrorOptions {
  hint?: string | undefined;
  exitCode?: number;
  cause?: unknown;
}

/** An error meant for the user: one line of message, an optional hint, an exit code. */
export class CliError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(message: string, options: CliErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CliError";
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 2;
  }
}

/** Bad command line: unknown module, conflicting options, missing argument. */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, { hint, exitCode: 2 });
    this.name = "UsageError";
  }
}

/** Input the user pointed us at could not be read or understood (answers file, import file). */
export class InputError extends CliError {
  constructor(message: string, hint?: string, cause?: unknown) {
    super(message, { hint, exitCode: 2, cause });
    this.name = "InputError";
  }
}

/** The content pack is missing or invalid. */
export class ContentError extends CliError {
  readonly diagnostics: readonly Diagnostic[];

  constructor(message: string, diagnostics: readonly Diagnostic[] = [], hint?: string) {
    super(message, { hint, exitCode: 2 });
    this.name = "ContentError";
    this.diagnostics = diagnostics;
  }
}

/** The user interrupted (Ctrl-C). */
export class InterruptedError extends CliError {
  constructor(message = "Interrupted", options: { cause?: unknown } = {}) {
    super(message, { exitCode: 130, cause: options.cause });
    this.name = "InterruptedError";
  }
}

/**
 * Ends the command with an exit code and no further message: the command has already
 * printed what the user needs (for example a failed validation report).
 */
export class ExitError extends Error {
  readonly exitCode: number;

  constructor(exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = "ExitError";
    this.exitCode = exitCode;
  }
}

/** What a system error code means, in words: the one table every message about files uses. */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  EEXIST: "it already exists",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links in the path",
  EBUSY: "the file is busy",
  EIO: "input/output error",
  EINVAL: "invalid argument",
  EBADF: "it is closed",
};

/** An error from the file system as words ("no such file or folder"), never a raw code. */
export function describeSystemError(error: unknown, fallback = "unreadable"): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return fallback;
  return SYSTEM_ERRORS[code] ?? `system error ${code}`;
}

/** A system error (one with an errno code), as thrown by node:fs. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & Error {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    typeof (error as NodeJS.ErrnoException).syscall === "string"
  );
}
