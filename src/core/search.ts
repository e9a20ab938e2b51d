import { distance } from "fastest-levenshtein";
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
  // maxFuzzy as MiniSearch's default, written here because reachableBy() needs it.
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, maxFuzzy: 6, combineWith: "AND" },
};

export type SearchIndex = MiniSearch<Doc>;

type SavedIndex = Parameters<typeof MiniSearch.loadJS>[0];
type Postings = Record<string, Record<string, number>>;

/**
 * An index as text for a file, a line per part: MiniSearch's JSON without its terms and stored
 * fields first, then a line per term (`t`, the term, its postings) and per document (`d`, its
 * short id, its stored fields), tab-separated, so that a search parses only the terms it can
 * reach and the documents that hold them. (Terms never hold a tab or a line break: the
 * tokenizer splits on both.)
 */
export function saveSearchIndex(index: SearchIndex): string {
  const { index: terms, storedFields, ...rest } = index.toJSON();
  return [
    JSON.stringify(rest),
    ...terms.map(([term, postings]) => `t\t${term}\t${JSON.stringify(postings)}`),
    ...Object.entries(storedFields).map(([id, fields]) => `d\t${id}\t${JSON.stringify(fields)}`),
  ].join("\n");
}

/**
 * An index saved with saveSearchIndex, loaded again. Given the query, only the terms it can
 * reach are loaded (itself, those it begins, those within its fuzzy distance), with the stored
 * fields of the documents that hold them: loading all of the course's 2,500 terms cost `search`
 * more than the rest of its run. The scores do not change: a term's score depends only on its
 * own postings and the documents' lengths, which are all kept.
 */
export function loadSearchIndex(saved: string, query?: string): SearchIndex {
  const reaches = query === undefined ? () => true : reachableBy(query);
  const lines = saved.split("\n");
  const head = JSON.parse(lines[0] ?? "{}") as SavedIndex;
  // An index cached whole by an earlier version: the same, from its JSON.
  if (Array.isArray(head.index)) {
    head.index = head.index.filter(([term]) => reaches(term));
    return MiniSearch.loadJS<Doc>(head, OPTIONS);
  }
  const terms: [string, Postings][] = [];
  const wanted = new Set<string>();
  const stored: Record<string, unknown> = {};
  for (const line of lines.slice(1)) {
    const tab = line.indexOf("\t", 2);
    const name = line.slice(2, tab);
    if (line.startsWith("t\t") && reaches(name)) {
      const postings = JSON.parse(line.slice(tab + 1)) as Postings;
      terms.push([name, postings]);
      for (const docs of Object.values(postings))
        for (const id of Object.keys(docs)) wanted.add(id);
    } else if (line.startsWith("d\t") && (query === undefined || wanted.has(name))) {
      stored[name] = JSON.parse(line.slice(tab + 1));
    }
  }
  return MiniSearch.loadJS<Doc>({ ...head, index: terms, storedFields: stored }, OPTIONS);
}

/** Whether MiniSearch, searching for `query` with OPTIONS, can match a term. */
function reachableBy(query: string): (term: string) => boolean {
  const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];
  const processTerm = MiniSearch.getDefault("processTerm") as (
    term: string,
  ) => string | string[] | null | undefined | false;
  const fuzzy = OPTIONS.searchOptions?.fuzzy as number;
  const maxFuzzy = OPTIONS.searchOptions?.maxFuzzy as number;
  const wanted = tokenize(query)
    .flatMap((token) => processTerm(token) || [])
    .filter((term) => term !== "")
    .map((term) => ({
      term,
      within: Math.min(maxFuzzy, Math.round(term.length * fuzzy)),
    }));
  return (candidate) =>
    wanted.some(
      ({ term, within }) =>
        candidate.startsWith(term) ||
        (Math.abs(candidate.length - term.length) <= within && distance(candidate, term) <= within),
    );
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
