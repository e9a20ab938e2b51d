// The fast YAML path (js-yaml) must read every file it accepts exactly as the yaml library does,
// and leave to the yaml library every file with something to report.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isNode, isPair, isScalar, parseDocument, type Document } from "yaml";
import { describe, expect, it } from "vitest";
import { plainYaml, type Place } from "../../src/content/plain-yaml.js";

const plainData = (text: string): unknown => plainYaml(text)?.data;
import { FIXTURES, ROOT } from "../helpers/paths.js";

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

const slow = (text: string): unknown =>
  parseDocument(text, { uniqueKeys: true, schema: "core", strict: true }).toJS({
    maxAliasCount: 100,
  });

describe("plainYaml", () => {
  const files = [...yamlFiles(join(ROOT, "content")), ...yamlFiles(FIXTURES)];

  it("reads every course and fixture file it accepts as the yaml library does", () => {
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const fast = plainData(text);
      if (fast === undefined) continue;
      accepted++;
      expect({ file, data: fast }).toEqual({ file, data: slow(text) });
    }
    // The course's own files are all plain: the fast path is the one normal runs take.
    expect(accepted).toBeGreaterThan(yamlFiles(join(ROOT, "content")).length - 1);
  });

  it("reads the scalars of the core schema as the yaml library does", () => {
    const text = [
      "a: 012",
      "b: 0o17",
      "c: 0x1F",
      "d: .inf",
      "e: -.Inf",
      "f: yes",
      "g: on",
      "h: ~",
      "i: 2026-12-02",
      "j: 1e3",
      'k: "\\u00e9 \\t"',
      "l: |\n  two\n  lines\n",
      "m: >\n  folded\n  text\n",
      "n: [1, two, {three: 3}]",
      "'1': number-like key",
      "o: !!str 42",
    ].join("\n");
    expect(plainData(text)).toEqual(slow(text));
  });

  it.each([
    ["an empty file", ""],
    ["only a comment", "# nothing\n"],
    ["a key given twice", "a: 1\na: 2\n"],
    ["an alias", "a: &x [1]\nb: *x\n"],
    ["a syntax error", "a: [1, 2\n"],
    ["a raw control character", "a: \u001b[31m\n"],
    ["an escaped control character", 'a: "\\e[31m"\n'],
    ["an escaped bidi override in a key", '"\\u202e": x\n'],
    ["two documents", "a: 1\n---\nb: 2\n"],
    ["a custom tag", "a: !shout hi\n"],
    ["a directive", "%YAML 1.1\n---\na: yes\n"],
    ["nesting past any need", `${"[".repeat(200)}${"]".repeat(200)}`],
  ])("leaves %s to the yaml library", (_name, text) => {
    expect(plainData(text)).toBeUndefined();
  });

  it("places every value and key where the yaml library does", () => {
    const texts = [
      [
        "plain: word",
        "single: 'quoted'",
        'double: "quoted \\u00e9"',
        "literal: |",
        "  two",
        "  lines",
        "folded: >-",
        "  folded",
        "flow: [a, 'b', {c: d}]",
        "list:",
        "  - x",
        "  - { key: k, text: 'T' }",
        "  -",
        "    nested: true",
      ].join("\n"),
      ...yamlFiles(join(ROOT, "content"))
        .slice(0, 4)
        .map((file) => readFileSync(file, "utf8")),
    ];
    for (const text of texts) {
      const places = plainYaml(text)?.places();
      const doc = parseDocument(text, { schema: "core" });
      let compared = 0;
      const walk = (place: Place | undefined, path: (string | number)[]) => {
        if (place === undefined) return;
        const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
        expect({ path, start: place.start }).toEqual({
          path,
          start: isNode(node) ? node.range?.[0] : undefined,
        });
        compared++;
        for (const [name, entry] of place.entries ?? []) {
          expect({ path, name, key: entry.key }).toEqual({
            path,
            name,
            key: keyOffset(doc, path, name),
          });
          walk(entry.value, [...path, name]);
        }
        (place.items ?? []).forEach((item, i) => walk(item, [...path, i]));
      };
      walk(places, []);
      expect(compared).toBeGreaterThan(10);
    }
  });
});

function keyOffset(doc: Document, path: (string | number)[], name: string): number | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === name);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}
