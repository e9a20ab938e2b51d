// JSON Schemas of the content files, generated from the zod schemas that the loader checks them
// with: editors (yaml-language-server) complete and check content as it is typed.
import * as z from "zod/mini";
import { courseFileSchema, glossaryFileSchema, moduleFileSchema } from "./schema.js";

export const SCHEMA_KINDS = ["course", "module", "glossary"] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

const schemas = { course: courseFileSchema, module: moduleFileSchema, glossary: glossaryFileSchema };
const titles: Record<SchemaKind, string> = {
  course: "eks-primer course.yaml: the course and its module order",
  module: "eks-primer module.yaml: a module's lessons, update notes, questions and glossary",
  glossary: "eks-primer glossary file: terms shared by the course",
};

/** The file name the package ships the schema under (in dist/schema/). */
export function schemaFileName(kind: SchemaKind): string {
  return `${kind}.schema.json`;
}

export function jsonSchemaFor(kind: SchemaKind): Record<string, unknown> {
  const generated = z.toJSONSchema(schemas[kind], { io: "input" });
  return { ...generated, title: titles[kind] };
}
