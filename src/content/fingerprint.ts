import { readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";

/**
 * Files of a content pack that the loader reads, as sorted paths relative to `dir`. A walk of one
 * folder at a time: Node's recursive readdir costs about as much again as the rest of `modules`.
 */
export function packFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(relative ? join(dir, relative) : dir, { withFileTypes: true })) {
      const path = relative ? `${relative}${sep}${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && /\.(ya?ml|md)$/.test(entry.name)) files.push(path);
    }
  };
  walk("");
  return files.sort();
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

/**
 * What the build records of the built-in course's files: every folder and content file of
 * `dir`, each with its size and modification time (JSON). `isCurrent` checks it with one stat a
 * path and no folder listing: a file edited changes its own time, a file added, removed or
 * renamed its folder's.
 */
export function contentSnapshot(dir: string): string {
  const entries: [string, number, number][] = [];
  const add = (relative: string) => {
    const stat = statSync(relative ? `${dir}${sep}${relative}` : dir);
    entries.push([relative, stat.isDirectory() ? -1 : stat.size, stat.mtimeMs]);
  };
  add("");
  const walk = (relative: string) => {
    for (const entry of readdirSync(relative ? join(dir, relative) : dir, { withFileTypes: true })) {
      const path = relative ? `${relative}${sep}${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        add(path);
        walk(path);
      } else if (entry.isFile() && /\.(ya?ml|md)$/.test(entry.name)) add(path);
    }
  };
  walk("");
  return JSON.stringify(entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Whether the files of `dir` are as `contentSnapshot` recorded them. */
export function isCurrent(dir: string, snapshot: string): boolean {
  let entries: unknown;
  try {
    entries = JSON.parse(snapshot);
  } catch {
    return false;
  }
  if (!Array.isArray(entries) || entries.length === 0) return false;
  for (const entry of entries as [string, number, number][]) {
    const stat = statSync(entry[0] ? `${dir}${sep}${entry[0]}` : dir, { throwIfNoEntry: false });
    if (stat === undefined || stat.mtimeMs !== entry[2]) return false;
    if ((stat.isDirectory() ? -1 : stat.size) !== entry[1]) return false;
  }
  return true;
}
