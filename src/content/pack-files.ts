// Reading a pack's files: a missing folder or course.yaml is a ContentError; other missing
// files are the caller's to report. A pack reads only files inside its own folder (after
// symlinks), each of them at most PACK_FILE_LIMIT bytes.
import { promises as fsp } from "node:fs";
import { isAbsolute, relative } from "node:path";
import { ContentError, describeSystemError } from "../shared/errors.js";
import { LIMITS } from "../shared/limits.js";

export const COURSE_FILE = "course.yaml";
/** The largest file a pack may hold (a lesson, a module file). */
export const PACK_FILE_LIMIT = LIMITS.packFile.bytes;

export type PackRead =
  | { kind: "text"; text: string }
  | { kind: "missing" }
  | { kind: "outside" }
  | { kind: "not-file" }
  | { kind: "too-big"; size: number };

export type PackReader = (path: string) => Promise<PackRead>;

/** Reads the files of the pack in `dir`, refusing what lies outside it or is too big. */
export function createPackReader(dir: string): PackReader {
  let root: Promise<string> | undefined;
  return async (path) => {
    if (escapes(dir, path)) return { kind: "outside" };
    let real: string;
    try {
      real = await fsp.realpath(path);
    } catch {
      return { kind: "missing" };
    }
    root ??= fsp.realpath(dir).catch(() => dir);
    if (escapes(await root, real)) return { kind: "outside" };
    try {
      const info = await fsp.stat(real);
      if (!info.isFile()) return { kind: "not-file" };
      if (info.size > PACK_FILE_LIMIT) return { kind: "too-big", size: info.size };
      return { kind: "text", text: normalize(await fsp.readFile(real, "utf8")) };
    } catch {
      return { kind: "missing" };
    }
  };
}

function escapes(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === ".." || rel.startsWith("../") || isAbsolute(rel);
}

/** CRLF line ends as LF, and no byte-order mark. */
function normalize(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}

/** What is wrong with a file that could not be read as text, named as `shown`; undefined if missing. */
export function unreadable(
  read: PackRead,
  shown: string,
): { message: string; hint: string } | undefined {
  switch (read.kind) {
    case "outside":
      return {
        message: `${shown} is outside the content pack`,
        hint: "a pack names only files inside its own folder (symlinks too): copy the file into the pack",
      };
    case "not-file":
      return { message: `${shown} is not a regular file`, hint: "make it a plain text file" };
    case "too-big":
      return {
        message: `${shown} is ${(read.size / 1024 / 1024).toFixed(1)} MB; a file of a content pack may be at most ${LIMITS.packFile.name}`,
        hint: "split it: a lesson that long is several lessons",
      };
    default:
      return undefined;
  }
}

export async function readPackFile(dir: string, path: string, read: PackReader): Promise<string> {
  try {
    const info = await fsp.stat(dir);
    if (!info.isDirectory()) {
      throw new ContentError(
        `${dir} is not a folder`,
        [],
        "point at the folder that holds course.yaml",
      );
    }
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(
      `cannot read content folder ${dir}: ${describeSystemError(error, "unreadable")}`,
      [],
      "check the path given to --content, EKS_PRIMER_CONTENT or validate",
    );
  }
  const result = await read(path);
  if (result.kind === "text") return result.text;
  const problem = unreadable(result, path);
  if (problem) throw new ContentError(problem.message, [], problem.hint);
  throw new ContentError(
    `${dir} has no ${COURSE_FILE}`,
    [],
    "a content pack is a folder with course.yaml and one folder per module (README.md, Writing content)",
  );
}
