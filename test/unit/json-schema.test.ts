// The JSON Schemas for editors: generated from the zod schemas, shipped in dist/schema/, named by
// every YAML file of the built-in course, and true to what the validator accepts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { jsonSchemaFor, SCHEMA_KINDS, schemaFileName } from "../../src/content/json-schema.js";
import { ROOT, VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const CONTENT = join(ROOT, "content");
const yamlFiles = [
  join(CONTENT, "course.yaml"),
  ...readdirSync(CONTENT, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(CONTENT, e.name, "module.yaml")),
];
const LINE = /^# yaml-language-server: \$schema=(\S+)\n/;

describe("eks-primer schema", () => {
  it.each(SCHEMA_KINDS)("prints the %s schema, as generated from the zod schemas", async (kind) => {
    const run = await runCli(["schema", "--file", kind]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(printed).toEqual(jsonSchemaFor(kind));
    expect(printed.$schema).toMatch(/json-schema\.org/);
  });

  it("prints the module schema by default and refuses an unknown file kind", async () => {
    const run = await runCli(["schema"]);
    expect(JSON.parse(run.stdout)).toEqual(jsonSchemaFor("module"));
    const bad = await runCli(["schema", "--file", "lesson"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: .*lesson/m);
  });
});

describe("the schemas shipped in dist/schema", () => {
  it.each(SCHEMA_KINDS)("%s.schema.json is the generated schema", (kind) => {
    const file = join(ROOT, "dist", "schema", schemaFileName(kind));
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(jsonSchemaFor(kind));
  });

  it("are named by the first line of every YAML file of the built-in course", () => {
    for (const file of yamlFiles) {
      const match = LINE.exec(readFileSync(file, "utf8"));
      expect(match, file).not.toBeNull();
      const target = resolve(dirname(file), match?.[1] ?? "");
      const kind = file.endsWith("course.yaml") ? "course" : "module";
      expect(target, file).toBe(join(ROOT, "dist", "schema", schemaFileName(kind)));
      expect(existsSync(target), target).toBe(true);
    }
  });

  it("accept every file of the built-in course and the valid fixture pack, and refuse a broken one", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const check = {
      course: ajv.compile(jsonSchemaFor("course")),
      module: ajv.compile(jsonSchemaFor("module")),
      glossary: ajv.compile(jsonSchemaFor("glossary")),
    };
    for (const file of yamlFiles) {
      const kind = file.endsWith("course.yaml") ? "course" : "module";
      const ok = check[kind](parse(readFileSync(file, "utf8")));
      expect(ok, `${file}: ${JSON.stringify(check[kind].errors)}`).toBe(true);
    }
    expect(check.glossary(parse(readFileSync(join(VALID_PACK, "glossary.yaml"), "utf8")))).toBe(
      true,
    );
    const broken = parse(readFileSync(join(CONTENT, "intro", "module.yaml"), "utf8")) as {
      questions: { type: string }[];
    };
    broken.questions[0] = { ...broken.questions[0], type: "essay" };
    expect(check.module(broken)).toBe(false);
  });
});
