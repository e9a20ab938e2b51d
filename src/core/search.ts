import MiniSearch, { type Options } from "minisearch";
import type { Course } from "../content/model.js";

export interface SearchHit {
  kind: "lesson" | "term";
  module: string;
  lesson: string;
  title: string;
  /** The line of text where the words were found, markdown marks removed. */
  snippet: string;
  /** The command that opens it. */
  open: string;
  score: number;
}

interface Doc {
  id: string;
  kind: "lesson" | "term";
  module: string;
  lesson: string;
  title: string;
  text: string;
}

function plain(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/[*_`#>|]/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
}

const OPTIONS: Options<Doc> = {
  fields: ["title", "text"],
  storeFields: ["kind", "module", "lesson", "title", "text"],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
};

export type SearchIndex = MiniSearch<Doc>;

/** Lessons and glossary terms that match the words, best first (prefix and fuzzy matches count). */
export function searchCourse(course: Course, query: string, limit = 10): SearchHit[] {
  return searchIndex(buildSearchIndex(course), query, limit);
}

/** An index saved with JSON.stringify(index), loaded again. */
export function loadSearchIndex(json: string): SearchIndex {
  return MiniSearch.loadJSON<Doc>(json, OPTIONS);
}

/** The index of a course's lessons and glossary terms. */
export function buildSearchIndex(course: Course): SearchIndex {
  const docs: Doc[] = [];
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      docs.push({
        id: `lesson:${module.id}/${lesson.id}`,
        kind: "lesson",
        module: module.id,
        lesson: lesson.id,
        title: `${module.title} › ${lesson.title}`,
        text: plain([lesson.body, ...lesson.notes.map((n) => n.text)].join("\n")),
      });
    }
  }
  for (const term of course.glossary) {
    docs.push({
      id: `term:${term.term}`,
      kind: "term",
      module: term.lesson.module,
      lesson: term.lesson.lesson,
      title: [term.term, ...term.aliases].join(", "),
      text: plain(term.definition),
    });
  }
  const index = new MiniSearch<Doc>(OPTIONS);
  index.addAll(docs);
  return index;
}

/** What the index finds for the words, best first. */
export function searchIndex(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  let results = index.search(query);
  if (results.length === 0) results = index.search(query, { combineWith: "OR" });
  return results.slice(0, limit).map((result) => {
    const doc = result as unknown as Doc & { score: number; terms: string[] };
    return {
      kind: doc.kind,
      module: doc.module,
      lesson: doc.lesson,
      title: doc.title,
      snippet: snippet(doc.text, doc.terms),
      open:
        doc.kind === "term"
          ? `eks-primer glossary "${doc.title.split(", ")[0]}"`
          : `eks-primer learn ${doc.module} --lesson ${doc.lesson}`,
      score: Math.round(doc.score * 100) / 100,
    };
  });
}

function snippet(text: string, terms: readonly string[]): string {
  const lines = text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l.length > 0);
  const lower = terms.map((t) => t.toLowerCase());
  const line = lines.find((l) => lower.some((t) => l.toLowerCase().includes(t))) ?? lines[0] ?? "";
  return line;
}
