// The attempt journal: JSON Lines beside the progress file, one line per attempt, only ever
// appended (one write under the store's lock). A last line without its newline (a write cut
// short by a power loss) is skipped with a notice when read, and set aside to a file of its own
// before the next append, never fatal.
import { createReadStream, existsSync, promises as fsp } from "node:fs";
import type { Attempt } from "./types.js";

export interface Journal {
  readonly path: string;
  /** Appends attempts (under the lock), after setting a torn last line aside. */
  append(attempts: readonly Attempt[]): Promise<void>;
  /** The attempts, oldest first; a torn or bad line is skipped with a notice. */
  read(): AsyncGenerator<Attempt>;
  /** The ids of every attempt (for an import: nothing twice). */
  ids(): Promise<Set<string>>;
  /** Replaces the whole journal atomically with what `lines` yields (migration, reset). */
  replace(lines: AsyncIterable<Attempt> | Iterable<Attempt>): Promise<void>;
}

export interface JournalOptions {
  now: () => Date;
  onNotice?: ((message: string) => void) | undefined;
}

const NEWLINE = 0x0a;
const CHUNK = 64 * 1024;

export function createJournal(path: string, options: JournalOptions): Journal {
  const journal: Journal = {
    path,
    async append(attempts) {
      if (attempts.length === 0) return;
      await setTornTailAside(path, options);
      const text = attempts.map((a) => `${JSON.stringify(a)}\n`).join("");
      const handle = await fsp.open(path, "a", 0o600);
      try {
        await handle.write(text);
        await handle.datasync();
      } finally {
        await handle.close();
      }
    },
    read: () => readJournal(path, options),
    async ids() {
      const ids = new Set<string>();
      for await (const attempt of readJournal(path, { ...options, onNotice: undefined })) {
        ids.add(attempt.id);
      }
      return ids;
    },
    async replace(lines) {
      const partial = `${path}.${process.pid}.tmp`;
      try {
        await fsp.writeFile(partial, "", { mode: 0o600 });
        let batch = "";
        for await (const attempt of lines) {
          batch += `${JSON.stringify(attempt)}\n`;
          if (batch.length > CHUNK) {
            await fsp.appendFile(partial, batch);
            batch = "";
          }
        }
        await fsp.appendFile(partial, batch);
        await fsp.rename(partial, path);
      } catch (error) {
        await fsp.rm(partial, { force: true });
        throw error;
      }
    },
  };
  return journal;
}

async function* readJournal(path: string, options: JournalOptions): AsyncGenerator<Attempt> {
  if (!existsSync(path)) return;
  // node:readline is loaded here, when the journal is read line by line.
  const { createInterface } = process.getBuiltinModule("node:readline");
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let pending: string | undefined;
  let lineNo = 0;
  let bad = 0;
  for await (const line of lines) {
    if (pending !== undefined) {
      const attempt = parseLine(pending);
      if (attempt === undefined) bad++;
      else yield attempt;
    }
    pending = line;
    lineNo++;
  }
  if (pending !== undefined && pending !== "") {
    const attempt = parseLine(pending);
    if (attempt !== undefined && (await endsWithNewline(path))) yield attempt;
    else {
      options.onNotice?.(
        `the last line of ${path} (line ${lineNo}) is incomplete, likely a write cut short; skipped it (it is set aside on the next recorded attempt)`,
      );
    }
  }
  if (bad > 0) {
    options.onNotice?.(`${bad} line${bad === 1 ? "" : "s"} of ${path} could not be read; skipped`);
  }
}

function parseLine(line: string): Attempt | undefined {
  if (line.trim() === "") return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === "object" && value !== null && "id" in value
      ? (value as Attempt)
      : undefined;
  } catch {
    return undefined;
  }
}

async function endsWithNewline(path: string): Promise<boolean> {
  const handle = await fsp.open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === NEWLINE;
  } finally {
    await handle.close();
  }
}

/** Moves a last line without its newline to `<journal>.torn-<date>` and cuts it off the journal. */
async function setTornTailAside(path: string, options: JournalOptions): Promise<void> {
  let handle;
  try {
    handle = await fsp.open(path, "r+");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return;
    const buffer = Buffer.alloc(Math.min(CHUNK, size));
    await handle.read(buffer, 0, 1, size - 1);
    if (buffer[0] === NEWLINE) return;
    // Find the last newline, reading backwards a chunk at a time.
    let end = size;
    let cut = 0;
    while (end > 0) {
      const start = Math.max(0, end - buffer.length);
      const { bytesRead } = await handle.read(buffer, 0, end - start, start);
      const at = buffer.subarray(0, bytesRead).lastIndexOf(NEWLINE);
      if (at >= 0) {
        cut = start + at + 1;
        break;
      }
      end = start;
    }
    const torn = Buffer.alloc(size - cut);
    await handle.read(torn, 0, torn.length, cut);
    const aside = `${path}.torn-${stamp(options.now())}`;
    await fsp.appendFile(aside, Buffer.concat([torn, Buffer.from("\n")]), { mode: 0o600 });
    await handle.truncate(cut);
    options.onNotice?.(
      `the last line of ${path} was incomplete (${torn.length} bytes, a write cut short); set it aside in ${aside}`,
    );
  } finally {
    await handle.close();
  }
}

/** A timestamp that sorts and is safe in a file name: 2026-11-25T01-02-03Z. */
export function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}
