// Compiled content packs, cached beside the progress store: a pack named with --content is read
// and validated in full once, then loaded from its compiled form while its files are unchanged
// (the same fingerprint as the built-in course: every file's path, size and modification time).
// `validate` never uses it. Its search index is cached the same way.
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fingerprint } from "./fingerprint.js";
import { writeFileAtomic } from "../shared/atomic-write.js";
import { hash } from "../shared/hash.js";

/** Where the cache of `what` ("course", "search") of the pack in `dir` lives. */
export function packCacheFile(cacheDir: string, dir: string, what: string): string {
  const key = hash(resolve(dir));
  return join(cacheDir, "packs", `${key}.${what}.json`);
}

/** The pack's fingerprint now; undefined when it cannot be taken (no such folder). */
export function packFingerprint(dir: string): string | undefined {
  try {
    return fingerprint(dir);
  } catch {
    return undefined;
  }
}

/** What was cached for this fingerprint; undefined when nothing matches. */
export function readPackCache<T>(file: string, print: string): T | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as { fingerprint?: string; value?: T };
    return cached.fingerprint === print ? cached.value : undefined;
  } catch {
    return undefined;
  }
}

/** Caches a value for this fingerprint (best effort: a read-only folder only costs speed). */
export async function writePackCache(file: string, print: string, value: unknown): Promise<void> {
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    await writeFileAtomic(file, JSON.stringify({ fingerprint: print, value }));
  } catch {
    // Next run compiles again.
  }
}

/** A cached search index (MiniSearch JSON) for this fingerprint; undefined when none matches. */
export function readPackIndex(file: string, print: string): string | undefined {
  try {
    const text = readFileSync(file, "utf8");
    const newline = text.indexOf("\n");
    return JSON.parse(text.slice(0, newline)) === print ? text.slice(newline + 1) : undefined;
  } catch {
    return undefined;
  }
}

/** Caches a search index for this fingerprint (best effort). */
export async function writePackIndex(file: string, print: string, json: string): Promise<void> {
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(print)}\n${json}`);
  } catch {
    // Next run builds it again.
  }
}
