// Reading a pack's files: a missing folder or course.yaml is a ContentError; other missing
// files are the caller's to report.
import { readFile, stat } from "node:fs/promises";
import { ContentError, describeSystemError } from "../shared/errors.js";

export const COURSE_FILE = "course.yaml";

export async function readPackFile(dir: string, path: string): Promise<string> {
  try {
    const info = await stat(dir);
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
  const text = await readOptional(path);
  if (text === undefined) {
    throw new ContentError(
      `${dir} has no ${COURSE_FILE}`,
      [],
      "a content pack is a folder with course.yaml and one folder per module (README.md, Writing content)",
    );
  }
  return text;
}

export async function readOptional(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, "utf8")).replace(/\r\n/g, "\n");
  } catch {
    return undefined;
  }
}
