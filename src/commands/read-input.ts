// Reading a file the user named (or standard input), never more than a limit: a file over it is
// refused from its size, a stream (a pipe, /dev/zero) is cut off as soon as it passes it.
import { createReadStream, promises as fsp } from "node:fs";
import { resolve } from "node:path";
import type { CommandContext } from "../shared/context.js";
import { describeSystemError, InputError } from "../shared/errors.js";

export interface InputSpec {
  /** What the file is, for messages: "an answers file". */
  what: string;
  /** What it is called in "cannot read answers file a.yaml" ("" for none). */
  label: string;
  /** The hint for a file over the limit. */
  bigHint: string;
  limit: { bytes: number; name: string };
  /** The hint for a file that cannot be read. */
  hint: string;
}

/** The text of `source` (a path, or "-" for standard input), refused past the limit. */
export async function readInput(
  ctx: CommandContext,
  source: string,
  spec: InputSpec,
): Promise<string> {
  const name = source === "-" ? "standard input" : source;
  const fail = (error: unknown): never => {
    const label = source === "-" || spec.label === "" ? name : `${spec.label} ${source}`;
    throw new InputError(`cannot read ${label}: ${describeSystemError(error)}`, spec.hint, error);
  };
  const tooBig = () =>
    new InputError(`${name} is over ${spec.limit.name}, the limit for ${spec.what}`, spec.bigHint);
  let stream: NodeJS.ReadableStream;
  if (source === "-") stream = ctx.deps.stdin;
  else {
    const path = resolve(ctx.deps.cwd, source);
    const info = await fsp.stat(path).catch(fail);
    if (info.isDirectory()) fail(Object.assign(new Error("EISDIR"), { code: "EISDIR" }));
    if (info.isFile() && info.size > spec.limit.bytes) throw tooBig();
    stream = createReadStream(path);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > spec.limit.bytes) throw tooBig();
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    fail(error);
  }
  return Buffer.concat(chunks).toString("utf8");
}
