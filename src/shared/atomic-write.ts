// Writing a file atomically: the text goes to a temporary file beside the target (the same
// folder, so the same file system), which is then renamed over the target. A reader sees the old
// file or the new one, never half of one; a failed write leaves the target as it was and no
// temporary file behind. Imports nothing of ours, so that any layer can use it.
// fs.promises is loaded when first used: a run that writes nothing never loads it.
import { promises as fsp } from "node:fs";

/** Writes `text` to `path` atomically; rejects with the error of the step that failed. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const partial = `${path}.${process.pid}.tmp`;
  try {
    await fsp.writeFile(partial, text);
    await fsp.rename(partial, path);
  } catch (error) {
    // Never created (a missing folder, say), or not ours to remove: nothing to clean up.
    await fsp.unlink(partial).catch(() => undefined);
    throw error;
  }
}
