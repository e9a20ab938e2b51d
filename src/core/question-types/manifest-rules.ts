// An exercise's rules on one document: equals, includes, matches, exists, absent. Compared by
// value: key order, quoting and comments never matter.
import type { Node as YamlNode } from "yaml";
import type { ManifestRule } from "../../content/model.js";
import { didYouMean } from "../suggest.js";
import { parsePath, resolvePath, type YamlTests } from "./manifest-path.js";

export interface RuleFailure {
  message: string;
  /** Where to point: the node at the path, or the nearest one that exists. */
  node: YamlNode;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Equal by value; a scalar written with or without quotes (`"50"`, `50`) is the same. */
export function sameByValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameByValue(x, b[i]))
    );
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => k in b && sameByValue(a[k], b[k]))
    );
  }
  if (a === b) return true;
  return isScalar(a) && isScalar(b) && String(a) === String(b);
}

export function showValue(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

function wanted(rule: ManifestRule): string {
  if ("equals" in rule) return `should be ${showValue(rule.equals)}`;
  if ("includes" in rule) return `should include ${rule.includes.map(showValue).join(", ")}`;
  if ("matches" in rule) return `should match /${rule.matches}/`;
  return "is missing";
}

function missingHint(siblings: { wanted: string; keys: string[] } | undefined): string {
  if (!siblings) return "";
  const near = siblings.keys.filter((k) => k.toLowerCase() === siblings.wanted.toLowerCase());
  if (near.length > 0) return ` (there is \`${near[0]}\`: keys are case-sensitive)`;
  const close = didYouMean(siblings.wanted, siblings.keys);
  return close
    ? ` (there is ${close.replace("did you mean ", "`").replace("?", "`")}: a typo?)`
    : "";
}

function passes(rule: ManifestRule, value: unknown): boolean {
  if ("equals" in rule) return sameByValue(value, rule.equals);
  if ("includes" in rule) {
    return Array.isArray(value) && rule.includes.every((x) => value.some((v) => sameByValue(v, x)));
  }
  if ("matches" in rule) {
    return isScalar(value) && new RegExp(rule.matches).test(String(value));
  }
  return true;
}

/** The rule's failure on `root` (a document's contents), or undefined when it holds. */
export function checkRule(
  yaml: YamlTests,
  root: YamlNode,
  rule: ManifestRule,
): RuleFailure | undefined {
  const resolved = resolvePath(yaml, root, parsePath(rule.path));
  const path = `\`${rule.path}\``;
  if ("absent" in rule) {
    return resolved.found && resolved.node
      ? { message: rule.message ?? `${path} should not be set here`, node: resolved.node }
      : undefined;
  }
  if (!resolved.found || !resolved.node) {
    const what = "exists" in rule ? "is missing" : `is missing; it ${wanted(rule)}`;
    return {
      message: rule.message ?? `${path} ${what}${missingHint(resolved.siblings)}`,
      node: resolved.nearest,
    };
  }
  if ("exists" in rule) return undefined;
  const value: unknown = resolved.node.toJSON();
  if (passes(rule, value)) return undefined;
  return {
    message: rule.message ?? `${path} ${wanted(rule)}, not ${showValue(value)}`,
    node: resolved.node,
  };
}
