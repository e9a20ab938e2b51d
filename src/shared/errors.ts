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
