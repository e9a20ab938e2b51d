import { readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";

/**
 * Files of a content pack that the loader reads, as sorted paths relative to `dir`, and with
 * `folders`, every folder below it too. A walk of one folder at a time: Node's recursive readdir
 * costs about as much again as the rest of `modules`.
 */
export function packFiles(dir: string, options: { folders?: boolean } = {}): string[] {
  const paths: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(relative ? join(dir, relative) : dir, { withFileTypes: true })) {
      const path = relative ? `${relative}${sep}${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (options.folders) paths.push(path);
        walk(path);
      } else if (entry.isFile() && /\.(ya?ml|md)$/.test(entry.name)) paths.push(path);
    }
  };
  walk("");
  return paths.sort();
}

/**
 * What tells whether the compiled course is still current in a clone: every content file's
 * path, size and modification time. Editing a file, adding or removing one changes it; reading
 * it costs a directory walk and no file contents.
 */
export function fingerprint(dir: string): string {
  return packFiles(dir)
    .map((file) => {
      const stat = statSync(`${dir}${sep}${file}`);
      return `${file}\t${stat.size}\t${stat.mtimeMs}`;
    })
    .join("\n");
}

