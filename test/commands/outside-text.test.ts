// Every command over a content pack, files, folders and arguments full of terminal sequences,
// bidi overrides and invisible characters: none of them reaches either stream raw. With colour
// off no control byte is written at all; with colour on, only the theme's own colour codes are.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

/* eslint-disable no-control-regex -- the point of this file is control characters */
// A colour our theme never uses: if it is ever written raw, it came from outside.
const SGR = "\u001b[38;5;201m";
const PAYLOAD = `${SGR}\u001b]52;c;aGk=\u0007\u001b[2J\u009b1m\u007f\u202eevil\u2066\u200b\r`;
const RAW_NO_COLOR =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const RAW_BESIDES_SGR =
  /\u001b(?!\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

const root = mkdtempSync(join(tmpdir(), "eks-primer-outside-"));
const folder = (name: string) => {
  const dir = join(root, `${name}${PAYLOAD.replace(/[\u0000\r/]/g, "")}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** The valid fixture pack, in a folder whose name is hostile. */
const cleanPack = join(folder("clean"), "pack");
cpSync(VALID_PACK, cleanPack, { recursive: true });

/** A pack whose every kind of text carries the payload, written raw and as YAML escapes. */
const hostilePack = join(folder("hostile"), "pack");
cpSync(VALID_PACK, hostilePack, { recursive: true });
const yamlEscaped = '"\\e[38;5;201m\\e]52;c;aGk=\\a\\e[2J\\x9b1m\\x7f\\u202eevil\\u2066\\u200b"';
writeFileSync(
  join(hostilePack, "course.yaml"),
  `title: ${yamlEscaped}\ndescription: "raw ${PAYLOAD.replace(/[\r"\\]/g, "")}"\nmodules: [basics, networking]\nglossary: glossary.yaml\n`,
);
writeFileSync(
  join(hostilePack, "glossary.yaml"),
  `terms:\n  - term: ${yamlEscaped}\n    definition: A stable name.\n    lesson: networking/services\n`,
);
writeFileSync(join(hostilePack, "basics", "pods.md"), `# Pods ${PAYLOAD}\n\nA **pod** runs.\n`);

const files = folder("files");
const answersFile = join(files, `answers${PAYLOAD.replace(/[\u0000\r/]/g, "")}.yaml`);
writeFileSync(
  answersFile,
  `${yamlEscaped}: b\nbasics-unit: ${yamlEscaped}\n"x${PAYLOAD.replace(/[\r"\\]/g, "")}": [a]\n`,
);
const importFile = join(files, "import.json");
writeFileSync(importFile, `${PAYLOAD}{"format": ${JSON.stringify(PAYLOAD)}}`);
const importShaped = join(files, "import-shaped.json");
writeFileSync(
  importShaped,
  JSON.stringify({ format: "eks-primer-progress", progress: { version: PAYLOAD } }),
);
const home = folder("home");

const commands: [name: string, args: string[]][] = [];
for (const [label, pack] of [
  ["clean pack", cleanPack],
  ["hostile pack", hostilePack],
] as const) {
  const p = ["--content", pack];
  commands.push(
    [`${label}: validate`, ["validate", pack]],
    [`${label}: validate --json`, ["validate", "--json", pack]],
    [`${label}: modules`, ["modules", ...p]],
    [`${label}: modules --json`, ["modules", "--json", ...p]],
    [`${label}: learn --print`, ["learn", "basics", "--print", ...p]],
    [`${label}: learn an unknown module`, ["learn", PAYLOAD, ...p]],
    [`${label}: quiz --list`, ["quiz", "--list", ...p]],
    [`${label}: quiz --list --json`, ["quiz", "--list", "--json", ...p]],
    [`${label}: quiz --answers`, ["quiz", "--answers", answersFile, ...p]],
    [`${label}: quiz --answers --json`, ["quiz", "--answers", answersFile, "--json", ...p]],
    [`${label}: quiz --module unknown`, ["quiz", "--module", PAYLOAD, "--list", ...p]],
    [`${label}: exam --list`, ["exam", "--seed", "1", "--list", ...p]],
    [`${label}: exam --answers`, ["exam", "--seed", "1", "--answers", answersFile, ...p]],
    [`${label}: review --list`, ["review", "--list", ...p]],
    [`${label}: progress`, ["progress", ...p]],
    [`${label}: search`, ["search", `pod ${PAYLOAD}`, ...p]],
    [`${label}: search --json`, ["search", "--json", PAYLOAD, ...p]],
    [`${label}: glossary`, ["glossary", ...p]],
    [`${label}: glossary a term`, ["glossary", PAYLOAD, ...p]],
    [`${label}: completion bash`, ["completion", "bash", ...p]],
    [`${label}: completion zsh`, ["completion", "zsh", ...p]],
    [`${label}: completion fish`, ["completion", "fish", ...p]],
    [`${label}: reset a module`, ["reset", "--module", PAYLOAD, "--yes", ...p]],
  );
}
commands.push(
  ["completion for an unknown shell", ["completion", PAYLOAD]],
  ["export", ["export"]],
  ["where", ["where"]],
  ["where --json", ["where", "--json"]],
  [
    "export -o a hostile path",
    ["export", "-o", join(files, PAYLOAD.replace(/[\u0000\r/]/g, ""), "x")],
  ],
  ["import a hostile file", ["import", importFile]],
  ["import a hostile progress", ["import", importShaped]],
  ["import a missing hostile path", ["import", join(files, `nope${PAYLOAD}`)]],
  ["schema --file unknown", ["schema", "--file", PAYLOAD]],
  ["an unknown command", [PAYLOAD]],
  ["an unknown option", ["modules", `--${PAYLOAD}`]],
  ["a hostile content folder that does not exist", ["modules", "--content", `/nope${PAYLOAD}`]],
);

describe.each([
  ["colour off", { NO_COLOR: "1" }, RAW_NO_COLOR],
  ["colour on", { FORCE_COLOR: "1" }, RAW_BESIDES_SGR],
] as const)("outside text with %s", (_colour, env, raw) => {
  it.each(commands)("%s", async (_name, args) => {
    const { code, stdout, stderr } = await runCli(args, {
      env: { EKS_PRIMER_HOME: home, ...env },
      stdin: PAYLOAD,
    });
    expect([0, 1, 2]).toContain(code);
    for (const stream of [stdout, stderr]) {
      expect(stream).not.toMatch(raw);
      expect(stream).not.toContain(SGR);
      expect(stream).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  });
});

describe("the hostile pack", () => {
  it("is refused by validate at each place, however the characters were written", async () => {
    const { code, stdout } = await runCli(["validate", hostilePack], { env: { NO_COLOR: "1" } });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /course\.yaml:1:8: control character U\+001B \(written as an escape\) is not allowed/,
    );
    expect(stdout).toMatch(/course\.yaml:2:\d+: control character U\+001B is not allowed/);
    expect(stdout).toMatch(
      /glossary\.yaml:2:11: control character U\+001B \(written as an escape\) is not allowed/,
    );
    expect(stdout).toMatch(/basics\/pods\.md:1:8: control character U\+001B is not allowed/);
    expect(stdout).toMatch(/basics\/pods\.md:1:\d+: bidi control character U\+202E is not allowed/);
  });

  it("shows its hostile folder name as escapes", async () => {
    const { code, stdout } = await runCli(["validate", cleanPack], { env: { NO_COLOR: "1" } });
    expect(code).toBe(0);
    expect(stdout).toContain("clean\\x1b[38;5;201m\\x1b]52;c;aGk=\\x07");
  });
});
