// The folder the progress lives in, checked at the edge of the store: a path that is a file, lies
// under a file or cannot be written is one designed error that names the folder, at once (never
// a wait for a lock that cannot be taken).
import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { CliError, describeSystemError } from "../shared/errors.js";

const REASONS: Record<string, string> = {
  EEXIST: "it is a file, not a folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  ENOENT: "a part of the path does not exist",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the path is too long",
};

/** Whether the error is a file-system error this module can explain. */
export function isHomeProblem(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && code in REASONS;
}

/** The designed error for a folder that cannot hold the progress. */
export function homeError(
  folder: string,
  code: string,
  fromEnv: boolean,
  cause?: unknown,
): CliError {
  return new CliError(
    `cannot keep progress in ${folder}: ${REASONS[code] ?? describeSystemError({ code })}`,
    {
      hint: fromEnv
        ? "set EKS_PRIMER_HOME to a folder you can write (it is created when missing)"
        : "set EKS_PRIMER_HOME to a folder you can write, or fix the permissions of this one",
      exitCode: 2,
      cause,
    },
  );
}

/** Refuses a folder that exists as something else, or that a path under a file names. */
export function checkHome(folder: string, fromEnv: boolean): void {
  try {
    if (!statSync(folder).isDirectory()) throw homeError(folder, "EEXIST", fromEnv);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "EACCES";
    if (code !== "ENOENT") throw homeError(folder, code, fromEnv, error);
  }
}

/** Before a write: the folder exists (created if need be) and can be written. */
export function ensureWritableHome(folder: string, fromEnv: boolean): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "EACCES";
    throw homeError(folder, code, fromEnv, error);
  }
}
