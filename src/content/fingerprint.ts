import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Files of a content pack that the loader reads, as sorted paths relative to `dir`. */
export function packFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|md)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/**
 * What tells whether the compiled course is still current in a clone: every content file's
 * path, size and modification time. Editing a file, adding or removing one changes it; reading
 * it costs a directory walk and no file contents.
 */
export function fingerprint(dir: string): string {
  return packFiles(dir)
    .map((file) => {
      const stat = statSync(join(dir, file));
      return `${file}\t${stat.size}\t${stat.mtimeMs}`;
    })
    .join("\n");
}
