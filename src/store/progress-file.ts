// The progress file: read and checked with zod (migrating older versions) on every read, written
// atomically by conf, and moved aside, never dropped, when it cannot be used. Reading needs
// neither conf nor zod until there is a file to check.
import { existsSync, readFileSync, renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError, describeSystemError } from "../shared/errors.js";
import { emptyProgress, type ProgressData } from "./types.js";

export interface ProgressFile {
  readonly path: string;
  /** The progress, or why the file cannot be used; throws for a file of a newer eks-primer. */
  inspect(): Promise<{ data: ProgressData; bad?: string }>;
  /** Moves a bad file aside to a dated backup and says where, in one line. */
  moveAside(reason: string): void;
  /** Replaces the file with `data`, atomically. */
  write(data: ProgressData): Promise<void>;
}

export interface ProgressFileOptions {
  now: () => Date;
  onNotice?: ((message: string) => void) | undefined;
}

/** The marker readRaw() hands back for a file that is not a JSON object. */
const UNREADABLE = "__eksPrimerUnreadable";

export function createProgressFile(path: string, options: ProgressFileOptions): ProgressFile {
  return {
    path,
    inspect: () => inspect(path),
    moveAside(reason) {
      const backup = moveAside(path, options.now());
      options.onNotice?.(
        `progress file ${path} could not be used (${reason}); moved it to ${backup} and started afresh`,
      );
    },
    async write(data) {
      (await writer(path)).store = data;
    },
  };
}

async function inspect(path: string): Promise<{ data: ProgressData; bad?: string }> {
  const raw = readRaw(path);
  if (Object.keys(raw).length === 0) return { data: emptyProgress() };
  const unreadable = raw[UNREADABLE];
  if (typeof unreadable === "string") return { data: emptyProgress(), bad: unreadable };
  const { checkProgress } = await import("./schema.js");
  const checked = checkProgress(raw);
  if (checked.ok) return { data: checked.data };
  if (checked.newer !== undefined) {
    throw new CliError(
      `progress file ${path} was written by a newer eks-primer (store version ${checked.newer})`,
      { hint: "upgrade eks-primer (npm install -g eks-primer@latest) to use it", exitCode: 2 },
    );
  }
  return { data: emptyProgress(), bad: checked.reason };
}

/** The file as a JSON object: {} when there is none, UNREADABLE with why when it is not one. */
function readRaw(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new CliError(`cannot read the progress file ${path}: ${describeSystemError(error)}`, {
      hint: "check its permissions, or point EKS_PRIMER_HOME at another folder",
      cause: error,
    });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { [UNREADABLE]: "it is not a JSON object" };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { [UNREADABLE]: `it is not valid JSON (${detail})` };
  }
}

/** Renames the file to a dated backup beside it; returns the backup's path. */
function moveAside(path: string, now: Date): string {
  const base = join(dirname(path), `${basename(path, ".json")}.corrupt-${stamp(now)}`);
  // Never over an earlier backup, even one made the same second.
  let backup = `${base}.json`;
  for (let n = 2; existsSync(backup); n++) backup = `${base}-${n}.json`;
  renameSync(path, backup);
  return backup;
}

/** A timestamp that sorts and is safe in a file name: 2026-11-25T01-02-03Z. */
function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}

/** conf, for its atomic write; loaded only when something is written. */
async function writer(path: string) {
  const { default: Conf } = await import("conf");
  return new Conf<Record<string, unknown>>({
    projectName: "eks-primer",
    cwd: dirname(path),
    configName: basename(path, ".json"),
    accessPropertiesByDotNotation: false,
    configFileMode: 0o600,
    serialize: (value) => `${JSON.stringify(value, undefined, 1)}\n`,
    // Never asked to read anything that matters: every read goes through inspect().
    deserialize: () => ({}),
  });
}
