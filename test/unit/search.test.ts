// Search over the built-in course: the index as `search` loads it (only the terms the query can
// reach) finds exactly what the whole index finds, in the same order, with the same scores.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "../../src/content/course.js";
import type { Course } from "../../src/content/model.js";
import {
  buildSearchIndex,
  loadSearchIndex,
  saveSearchIndex,
  searchIndex,
  type SearchIndex,
} from "../../src/core/search.js";

let course: Course;
let whole: SearchIndex;
let saved: string;
beforeAll(async () => {
  course = await loadCourse();
  whole = buildSearchIndex(course);
  saved = saveSearchIndex(whole);
});

describe("search", () => {
  it("finds Karpenter's lessons and its glossary term first", () => {
    const hits = searchIndex(loadSearchIndex(saved, "karpenter"), "karpenter", 10);
    expect(hits.length).toBeGreaterThan(3);
    expect(
      hits.some((h) => h.kind === "term" && h.title.toLowerCase().startsWith("karpenter")),
    ).toBe(true);
  });

  it("saves and loads the whole index as it was", () => {
    const again = loadSearchIndex(saved);
    expect(again.termCount).toBe(whole.termCount);
    expect(again.documentCount).toBe(whole.documentCount);
    expect(searchIndex(again, "pod", 50)).toEqual(searchIndex(whole, "pod", 50));
  });

  it("still reads an index cached whole, as earlier versions did", () => {
    const old = JSON.stringify(whole);
    expect(searchIndex(loadSearchIndex(old, "karpenter"), "karpenter", 20)).toEqual(
      searchIndex(whole, "karpenter", 20),
    );
  });

  it("loads only the terms a query can reach, and finds what the whole index finds", () => {
    const queries = [
      "karpenter",
      "karpnter",
      "nodepool",
      "managed node group",
      "IRSA pod identity",
      "fargate",
      "farg",
      "vpc cni prefix delegation",
      "upgrade control plane",
      "x",
      "zzzzqqq",
      "cost savings plans",
      ...course.glossary.slice(0, 12).map((t) => t.term),
    ];
    for (const query of queries) {
      const pruned = loadSearchIndex(saved, query);
      expect(pruned.termCount, query).toBeLessThan(whole.termCount);
      expect({ query, hits: searchIndex(pruned, query, 20) }).toEqual({
        query,
        hits: searchIndex(whole, query, 20),
      });
    }
  });
});
