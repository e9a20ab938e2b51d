// `export`, streamed: the bounded progress first, then the journal's attempts one line each, so
// that a history of any length is written without holding it in memory. The result is one JSON
// document, the form `import` (and earlier versions) read.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import type { OutStream } from "../../shared/context.js";
import type { Attempt, ProgressData } from "../../store/types.js";

const FORMAT = "eks-primer-progress";
const BATCH = 64 * 1024;

export async function* exportChunks(
  progress: ProgressData,
  attempts: AsyncIterable<Attempt>,
  now: Date,
  counted: { attempts: number },
): AsyncGenerator<string> {
  const head = {
    version: progress.version,
    lessonsRead: progress.lessonsRead,
    ...(progress.position === undefined ? {} : { position: progress.position }),
    cards: progress.cards,
  };
  const opening = JSON.stringify({ format: FORMAT, exportedAt: now.toISOString(), progress: head });
  // `{"format":...,"progress":{...,"cards":{...}` + `,"attempts":[` ... `]}}`
  let batch = `${opening.slice(0, -2)},"attempts":[`;
  for await (const attempt of attempts) {
    batch += `${counted.attempts === 0 ? "" : ","}\n${JSON.stringify(attempt)}`;
    counted.attempts++;
    if (batch.length >= BATCH) {
      yield batch;
      batch = "";
    }
  }
  yield `${batch}\n]}}\n`;
}

/** Writes the chunks to a stream, waiting when it asks to. */
export async function writeChunks(out: OutStream, chunks: AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) {
    const ok = out.write(chunk);
    const emitter = out as Partial<NodeJS.EventEmitter>;
    if (ok === false && typeof emitter.once === "function") {
      await once(emitter as NodeJS.EventEmitter, "drain");
    }
  }
}

/** Writes the chunks to a file atomically: a temporary file beside it, renamed into place. */
export async function writeChunksToFile(path: string, chunks: AsyncIterable<string>) {
  const partial = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(partial);
  try {
    await once(out, "open");
    await writeChunks(out, chunks);
    out.end();
    await once(out, "finish");
    await rename(partial, path);
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
