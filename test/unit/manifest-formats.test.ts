// The build leaves out the draft 2019 string formats that @kubernetes-models/validate registers
// (src/build/bundle.mjs): safe only while no schema eks-primer bundles names one of them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";

const SCHEMA_DIRS = [
  "node_modules/kubernetes-models/_schemas",
  "node_modules/@kubernetes-models/apimachinery/_schemas",
  "node_modules/@kubernetes-models/karpenter/_schemas",
];

describe("the formats of the bundled Kubernetes schemas", () => {
  it("never name a draft 2019 format (idn-email, idn-hostname, iri, iri-reference, duration)", () => {
    const used = new Map<string, number>();
    for (const dir of SCHEMA_DIRS) {
      for (const file of readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })) {
        if (!file.endsWith(".js")) continue;
        const text = readFileSync(join(ROOT, dir, file), "utf8");
        for (const [, dotted, quoted] of text.matchAll(/formats(?:\.([\w$]+)|\["([^"]+)"\])/g)) {
          const name = dotted ?? quoted ?? "";
          used.set(name, (used.get(name) ?? 0) + 1);
        }
      }
    }
    // The scan finds the formats the schemas do use, so it would find the others.
    expect([...used.keys()]).toEqual(expect.arrayContaining(["int32", "int64", "date-time"]));
    for (const name of ["idn-email", "idn-hostname", "iri", "iri-reference", "duration"]) {
      expect(used.has(name), name).toBe(false);
    }
  });
});
