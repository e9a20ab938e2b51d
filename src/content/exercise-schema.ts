// The hands-on question types' content format: `command` (one command line) and `manifest`
// (YAML documents checked against their kind's schema and the exercise's path rules).
import * as z from "zod/mini";

const text = z.string().check(z.trim(), z.minLength(1, { error: "must not be empty" }));
const flag = z
  .string()
  .check(z.regex(/^--?[A-Za-z0-9][A-Za-z0-9-]*$/, { error: "must be a flag such as --region or -n" }));
const longFlag = z
  .string()
  .check(z.regex(/^--[A-Za-z0-9][A-Za-z0-9-]*$/, { error: "must be a long flag such as --region" }));
const word = z.string().check(z.minLength(1, { error: "must not be empty" }));
const nonEmpty = <T extends z.ZodMiniType>(item: T, error: string) =>
  z.array(item).check(z.minLength(1, { error }));

/** A required flag's value: that text exactly, any one of a list, or true for a flag without one. */
const flagValue = z.union([
  z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
  nonEmpty(z.pipe(z.union([z.string(), z.number()]), z.transform(String)), "list at least one value"),
  z.literal(true),
]);

export const questionCommon = {
  hints: z.optional(z.array(text)),
};

export const commandFields = {
  type: z.literal("command"),
  program: z.enum(["eksctl", "aws", "kubectl"]),
  path: z.array(word),
  args: z.optional(z.array(word)),
  required: z.optional(z.record(longFlag, flagValue)),
  allowed: z.optional(z.array(longFlag)),
  aliases: z.optional(z.record(flag, longFlag)),
  references: nonEmpty(text, "give at least one reference command"),
  ...questionCommon,
};

const ruleSchema = z.strictObject({
  path: text,
  equals: z.optional(z.unknown()),
  includes: z.optional(z.array(z.unknown())),
  matches: z.optional(text),
  exists: z.optional(z.literal(true)),
  absent: z.optional(z.literal(true)),
  message: z.optional(text),
});

const documentSchema = z.strictObject({
  apiVersion: text,
  kind: text,
  rules: z.optional(z.array(ruleSchema)),
});

export const manifestFields = {
  type: z.literal("manifest"),
  documents: nonEmpty(documentSchema, "name at least one expected document"),
  starter: z.string(),
  references: nonEmpty(text, "give at least one reference manifest"),
  ...questionCommon,
};

const CHECKS = ["equals", "includes", "matches", "exists", "absent"] as const;

type Report = (path: readonly PropertyKey[], message: string, hint: string) => void;

/** Each rule has exactly one check, and a `matches` pattern compiles. */
export function checkManifestRules(
  question: { documents: { rules?: Record<string, unknown>[] | undefined }[] },
  report: Report,
): void {
  for (const [d, document] of question.documents.entries()) {
    for (const [r, rule] of (document.rules ?? []).entries()) {
      const at = ["documents", d, "rules", r];
      const checks = CHECKS.filter((check) => rule[check] !== undefined);
      if (checks.length !== 1) {
        report(
          at,
          checks.length === 0
            ? `rule on "${String(rule.path)}" has no check`
            : `rule on "${String(rule.path)}" has ${checks.length} checks (${checks.join(", ")}); a rule has one`,
          `use one of: ${CHECKS.join(", ")} (write one rule per check)`,
        );
      }
      if (typeof rule.matches === "string") {
        try {
          new RegExp(rule.matches);
        } catch (error) {
          report([...at, "matches"], `invalid regular expression: ${(error as Error).message}`, "matches takes a JavaScript regular expression");
        }
      }
    }
  }
}

/** Required and allowed flags are long flags named once; aliases point at long flags. */
export function checkCommandFlags(
  question: { required?: Record<string, unknown> | undefined; allowed?: string[] | undefined },
  report: Report,
): void {
  for (const [i, name] of (question.allowed ?? []).entries()) {
    if (question.required && name in question.required) {
      report(["allowed", i], `flag ${name} is both required and allowed`, "list it under required only");
    }
  }
}
