// A code cache for dist/: what Node 22's module.enableCompileCache() does, for Node 20, which
// lacks it. Compiling dist/'s JavaScript (its top level, then each function on first call) is
// the largest part of a start-up after Node's own; V8 can save the compiled code after a run and
// take it back on the next one instead of compiling again. Measured on a scripted quiz that
// records (a manifest graded): 314.9 to 245.6 ms; on `modules`: 184.3 to 168.7 ms (the README).
//
// The cache lives in the user's cache folder (~/.cache/eks-primer-nodejs on Linux), one file per
// dist/ file, each stamped with its file's size and modification time; V8 itself refuses data
// from another V8 or other flags. It is written when a run ends, only for files that missed,
// through a temporary file and a rename (removing what files no longer in dist/ left), and every
// failure only costs speed.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's own.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import Module from "node:module";
import { basename, dirname, join, sep } from "node:path";
import { Script } from "node:vm";
import { hash } from "./shared/hash.js";
import { userFolder } from "./shared/user-folders.js";

interface Compiling {
  _compile: (this: Module, content: string, filename: string) => unknown;
}

interface Missed {
  script: Script;
  file: string;
  stamp: string;
}

export interface CompileCache {
  /** Files compiled from the cache, and files compiled afresh (they are saved at exit). */
  stats: { hits: number; misses: number };
  /** Writes the cache of the files that missed (run when the process exits). */
  save(): void;
  /** Puts Node's own compile step back. */
  uninstall(): void;
}

/** The per-user cache folder (env-paths' `cache` for eks-primer). */
export function userCacheFolder(
  env: Record<string, string | undefined> = process.env,
  platform: string = process.platform,
): string {
  return userFolder("cache", "eks-primer-nodejs", env, platform);
}

function stampOf(filename: string): string | undefined {
  const stat = statSync(filename, { throwIfNoEntry: false });
  return stat && `${stat.size}:${stat.mtimeMs}`;
}

/** The cached code of a file with this stamp, if there is one. */
function cachedCode(file: string, stamp: string): Buffer | undefined {
  try {
    const data = readFileSync(file);
    const newline = data.indexOf(10);
    if (newline < 0 || data.toString("latin1", 0, newline) !== stamp) return undefined;
    return data.subarray(newline + 1);
  } catch {
    return undefined;
  }
}

interface Loading {
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: Module): string[] | null;
  _cache: unknown;
  _extensions: unknown;
}

/**
 * The `require` a CommonJS file gets, as Node makes it: loads through the file's own module
 * (Module.createRequire would make a module of its own for each file, which costs more).
 */
function requireOf(module: Module): NodeJS.Require {
  const loading = Module as unknown as Loading;
  const resolve = Object.assign(
    (request: string, options?: { paths?: string[] }) =>
      loading._resolveFilename(request, module, false, options),
    { paths: (request: string) => loading._resolveLookupPaths(request, module) },
  );
  return Object.assign((id: string): unknown => module.require(id), {
    resolve,
    main: process.mainModule,
    cache: loading._cache,
    extensions: loading._extensions,
  }) as NodeJS.Require;
}

/** Removes the cached code of files that are no longer under `root` (best effort). */
function removeOrphans(where: string, root: string): void {
  try {
    const present = new Set(readdirSync(root));
    for (const name of readdirSync(where)) {
      if (name.endsWith(".cache") && !present.has(name.slice(0, -".cache".length))) {
        rmSync(join(where, name), { force: true });
      }
    }
  } catch {
    // Nothing cached yet, or nothing to remove.
  }
}

/** The cache for dist/ in the user's cache folder, when it can be had; never throws. */
export function cacheCompiledCode(dist: string): CompileCache | undefined {
  try {
    return installCompileCache(dist, userCacheFolder());
  } catch {
    // No home folder, say: every run compiles, as without the cache.
    return undefined;
  }
}

/**
 * Compiles the files under `root` through the cache in `folder` (a folder of its own per V8,
 * architecture and root). Uses Node's own cache where Node has one.
 */
export function installCompileCache(root: string, folder: string): CompileCache | undefined {
  const node = Module as unknown as { enableCompileCache?: (dir: string) => unknown };
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  if (node.enableCompileCache) {
    node.enableCompileCache(folder);
    return undefined;
  }
  const where = join(folder, `v8-${process.versions.v8}-${process.arch}-${hash(root)}`);
  const inside = root.endsWith(sep) ? root : root + sep;
  const proto = Module.prototype as unknown as Compiling;
  const original = proto._compile;
  const missed: Missed[] = [];
  const stats = { hits: 0, misses: 0 };
  proto._compile = function (this: Module, content: string, filename: string) {
    const stamp = filename.startsWith(inside) ? stampOf(filename) : undefined;
    // import() needs Node's own loader, which a script from vm's cache cannot reach on Node 20.
    if (stamp === undefined || content.includes("import(")) {
      return original.call(this, content, filename);
    }
    const file = join(where, `${basename(filename)}.cache`);
    const cachedData = cachedCode(file, stamp);
    const script = new Script(Module.wrap(content), {
      filename,
      ...(cachedData ? { cachedData } : {}),
    });
    if (cachedData && !script.cachedDataRejected) stats.hits++;
    else {
      stats.misses++;
      missed.push({ script, file, stamp });
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (
      ...args: unknown[]
    ) => unknown;
    return wrapper.call(
      this.exports,
      this.exports,
      requireOf(this),
      this,
      filename,
      dirname(filename),
    );
  };
  const save = () => {
    if (missed.length === 0) return;
    // A run that missed may follow an upgrade: what the files of the old build left goes.
    removeOrphans(where, inside);
    try {
      mkdirSync(where, { recursive: true });
    } catch {
      return; // Nowhere to keep it: the next run compiles again.
    }
    for (const { script, file, stamp } of missed.splice(0)) {
      try {
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(
          partial,
          Buffer.concat([Buffer.from(`${stamp}\n`, "latin1"), script.createCachedData()]),
        );
        renameSync(partial, file);
      } catch {
        // The next run compiles this file again.
      }
    }
  };
  process.once("exit", save);
  return {
    stats,
    save,
    uninstall() {
      proto._compile = original;
      process.off("exit", save);
    },
  };
}
