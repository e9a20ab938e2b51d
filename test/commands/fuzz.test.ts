// Arbitrary bytes and structures through the real commands (the answers reader, the import
// reader, the content loader): an exit code of 0, 1 or 2, never a stack trace, never a raw
// control byte on either stream, each run within a generous bound. Fixed seed, modest runs.
/* eslint-disable no-control-regex -- control characters are what this file is about */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VALID_PACK } from "../helpers/paths.js";
import { runCli, type CliResult } from "../helpers/run-cli.js";

const RAW =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const settings = { seed: 15, numRuns: 40, timeout: 15_000, markInterruptAsFailure: true };
const env = { NO_COLOR: "1" };

function expectDesigned({ code, stdout, stderr }: CliResult): void {
  expect([0, 1, 2]).toContain(code);
  for (const stream of [stdout, stderr]) {
    expect(stream).not.toMatch(RAW);
    expect(stream).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }
  expect(stderr).not.toContain("unexpected failure");
}

/** Text that looks like YAML or JSON, full of what a terminal would obey. */
const hostileUnit = fc.constantFrom(
  "a",
  "b",
  ":",
  " ",
  "\n",
  "-",
  "[",
  "]",
  "{",
  "}",
  "'",
  '"',
  "\\",
  "&",
  "*",
  "!",
  "#",
  "|",
  "\t",
  "\r",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u001b[2J",
  "\u001b]52;c;",
  "\u007f",
  "\u009b",
  "\u202e",
  "\u2066",
  "\u200b",
  "\ufeff",
  "basics-unit",
  "networking-which-api",
  "é",
  "🚀",
);
const hostileText = fc.oneof(
  fc.string({ unit: hostileUnit, maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);
const structure = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.string({ unit: hostileUnit, maxLength: 20 }), fc.jsonValue({ maxDepth: 2 })),
);
const input = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
  hostileText.map((text) => Buffer.from(text)),
  structure.map((value) => Buffer.from(JSON.stringify(value) ?? "null")),
);

describe("arbitrary input through the commands", () => {
  it("quiz --answers - (the answers reader)", async () => {
    await fc.assert(
      fc.asyncProperty(input, async (stdin) => {
        expectDesigned(
          await runCli(["quiz", "--answers", "-", "--content", VALID_PACK, "--no-save"], {
            env,
            stdin,
          }),
        );
      }),
      settings,
    );
  });

  it("import (the import reader)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eks-primer-fuzz-import-"));
    const progressLike = structure.map((value) =>
      Buffer.from(JSON.stringify({ format: "eks-primer-progress", progress: value })),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(input, progressLike), async (bytes) => {
        const file = join(dir, "export.json");
        writeFileSync(file, bytes);
        expectDesigned(await runCli(["import", file], { env }));
      }),
      settings,
    );
  });

  it("validate and modules (the content loader)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eks-primer-fuzz-pack-"));
    mkdirSync(join(dir, "m"));
    writeFileSync(join(dir, "course.yaml"), "title: T\ndescription: D\nmodules: [m]\n");
    const moduleText = fc.oneof(
      input,
      hostileText.map((text) =>
        Buffer.from(
          `id: m\ntitle: "${text.replace(/["\\]/g, "")}"\nsummary: ${text}\nlessons: [{ id: l, title: L }]\nquestions: []\n`,
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(moduleText, input, async (module, lesson) => {
        writeFileSync(join(dir, "m", "module.yaml"), module);
        writeFileSync(join(dir, "m", "l.md"), lesson);
        expectDesigned(await runCli(["validate", dir], { env }));
        expectDesigned(await runCli(["modules", "--content", dir], { env }));
      }),
      settings,
    );
  });
});
