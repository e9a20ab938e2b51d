// The progress file: read and checked with zod (migrating older versions), written atomically by
// conf, and moved aside, never dropped, when it cannot be used. Reading needs neither conf nor
// zod until there is a file to check, and zod not for a file exactly as eks-primer wrote it.
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError, describeSystemError } from "../shared/errors.js";
import { hash } from "../shared/hash.js";
import { stamp } from "./journal.js";
import { emptyProgress, STORE_VERSION, type ProgressData, type ProgressV1 } from "./types.js";

/** What the file holds: the progress, why it cannot be used, or a version-1 file to migrate. */
export interface Inspection {
  data: ProgressData;
  bad?: string;
  v1?: ProgressV1;
}

export interface ProgressFile {
  readonly path: string;
  /** The progress, or why the file cannot be used; throws for a file of a newer eks-primer. */
  inspect(): Promise<Inspection>;
  /** Moves a bad file aside to a dated backup and says where, in one line. */
  moveAside(reason: string): void;
  /** Copies the file to a dated backup before a migration; returns the backup's path. */
  backup(label: string): string;
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
    backup(label) {
      const target = freeName(path, `${label}-${stamp(options.now())}`);
      copyFileSync(path, target);
      return target;
    },
    async write(data) {
      let written: string | undefined;
      (await writer(path, (text) => (written = text))).store = data;
      if (written !== undefined) keepDigest(path, written);
    },
  };
}

async function inspect(path: string): Promise<Inspection> {
  const { raw, text } = readRaw(path);
  if (Object.keys(raw).length === 0) return { data: emptyProgress() };
  const unreadable = raw[UNREADABLE];
  if (typeof unreadable === "string") return { data: emptyProgress(), bad: unreadable };
  // The text eks-primer last wrote (its digest beside it) held valid data when written: checking
  // it again costs a command 10 to 25 ms. Any other text, edited or torn, is checked.
  const digest = raw.version === STORE_VERSION ? readDigest(path) : undefined;
  if (digest !== undefined && digest === hash(text)) {
    return { data: raw as unknown as ProgressData };
  }
  const { checkProgress } = await import("./schema.js");
  const checked = checkProgress(raw);
  if (checked.ok === "v1") return { data: emptyProgress(), v1: checked.data };
  if (checked.ok) return { data: checked.data };
  if (checked.newer !== undefined) {
    throw new CliError(
      `progress file ${path} was written by a newer eks-primer (store version ${checked.newer})`,
      { hint: "upgrade eks-primer (npm install -g eks-primer@latest) to use it", exitCode: 2 },
    );
  }
  return { data: emptyProgress(), bad: checked.reason };
}

/**
 * The digest of the text eks-primer last wrote to the file, beside it (best effort: without it,
 * the next read checks the file with zod).
 */
const digestPath = (path: string) => `${path}.digest`;

function keepDigest(path: string, text: string): void {
  try {
    writeFileSync(digestPath(path), `${hash(text)}\n`, { mode: 0o600 });
  } catch {
    // The next read checks the file.
  }
}

function readDigest(path: string): string | undefined {
  try {
    return readFileSync(digestPath(path), "utf8").trim();
  } catch {
    return undefined;
  }
}

/** The file as a JSON object: {} when there is none, UNREADABLE with why when it is not one. */
function readRaw(path: string): { raw: Record<string, unknown>; text: string } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { raw: {}, text: "" };
    throw new CliError(`cannot read the progress file ${path}: ${describeSystemError(error)}`, {
      hint: "check its permissions, or point EKS_PRIMER_HOME at another folder",
      cause: error,
    });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    const raw =
      typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : { [UNREADABLE]: "it is not a JSON object" };
    return { raw, text };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { raw: { [UNREADABLE]: `it is not valid JSON (${detail})` }, text };
  }
}

/** Renames the file to a dated backup beside it; returns the backup's path. */
function moveAside(path: string, now: Date): string {
  const backup = freeName(path, `corrupt-${stamp(now)}`);
  renameSync(path, backup);
  return backup;
}

/** `progress.<label>.json` beside the file, never over an earlier one (even of the same second). */
function freeName(path: string, label: string): string {
  const base = join(dirname(path), `${basename(path, ".json")}.${label}`);
  let name = `${base}.json`;
  for (let n = 2; existsSync(name); n++) name = `${base}-${n}.json`;
  return name;
}

/** conf, for its atomic write; loaded only when something is written. */
async function writer(path: string, onText: (text: string) => void) {
  const { default: Conf } = await import("conf");
  return new Conf<Record<string, unknown>>({
    projectName: "eks-primer",
    cwd: dirname(path),
    configName: basename(path, ".json"),
    accessPropertiesByDotNotation: false,
    configFileMode: 0o600,
    serialize: (value) => {
      const text = `${JSON.stringify(value, undefined, 1)}\n`;
      onText(text);
      return text;
    },
    // Never asked to read anything that matters: every read goes through inspect().
    deserialize: () => ({}),
  });
}
