// The atomic write on real files: the target gets the whole text, and a write that fails leaves
// the target as it was and no temporary file anywhere near it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/shared/atomic-write.js";

const fresh = () => mkdtempSync(join(tmpdir(), "eks-atomic-"));

/** Every file and folder under `dir`, as paths relative to it, sorted. */
const tree = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

describe("writeFileAtomic", () => {
  it.each([
    ["creates a new file", undefined],
    ["replaces an existing one", "old text"],
  ])("%s with the whole text and nothing beside it", async (_, before) => {
    const dir = fresh();
    const target = join(dir, "report.txt");
    if (before !== undefined) writeFileSync(target, before);
    await writeFileAtomic(target, "new text\n");
    expect(readFileSync(target, "utf8")).toBe("new text\n");
    expect(tree(dir)).toEqual(["report.txt"]);
  });

  it.each([
    {
      // `--output /tmp`: the text is written beside the folder, then cannot replace it.
      case: "the target is a folder",
      target: (dir: string) => join(dir, "out"),
      setup: (dir: string) => {
        mkdirSync(join(dir, "out"));
        writeFileSync(join(dir, "out", "kept.txt"), "kept");
      },
      code: /^(EISDIR|EEXIST|ENOTEMPTY|EPERM)$/,
    },
    {
      case: "the folder does not exist",
      target: (dir: string) => join(dir, "missing", "report.txt"),
      setup: () => undefined,
      code: /^ENOENT$/,
    },
    {
      case: "a file stands where a folder should be",
      target: (dir: string) => join(dir, "file.txt", "report.txt"),
      setup: (dir: string) => writeFileSync(join(dir, "file.txt"), "kept"),
      code: /^ENOTDIR$/,
    },
  ])("fails when $case, leaving everything as it was", async ({ target, setup, code }) => {
    const dir = fresh();
    setup(dir);
    const before = tree(dir).map((f) => [f, contents(join(dir, f))]);
    const error = (await writeFileAtomic(target(dir), "new text").catch((e: unknown) => e)) as
      NodeJS.ErrnoException | undefined;
    expect(error).toBeInstanceOf(Error);
    expect(error?.code).toMatch(code);
    expect(tree(dir).map((f) => [f, contents(join(dir, f))])).toEqual(before);
  });
});

function contents(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // a folder
  }
}
