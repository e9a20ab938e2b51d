// The import graph of src/ (every import and export-from, type-only ones included), for the
// architecture test and for measuring cycles.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export type Graph = Map<string, Set<string>>;

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Files of `src` (relative paths) to the files they import. */
export function importGraph(src: string): Graph {
  const graph: Graph = new Map();
  for (const file of files(src)) {
    const from = relative(src, file);
    const targets = new Set<string>();
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? "";
      const target = relative(src, resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      targets.add(target);
    }
    graph.set(from, targets);
  }
  return graph;
}

/** Strongly connected components with more than one member (or a self-import): the cycles. */
export function cycles(graph: Graph): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) ?? 0, idx.get(w) ?? 0));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The graph of folders: src/core/a.ts -> "core"; files at the top are their own node. */
export function folderGraph(graph: Graph): Graph {
  const folder = (file: string) => (file.includes("/") ? (file.split("/")[0] ?? file) : file);
  const out: Graph = new Map();
  for (const [from, targets] of graph) {
    const f = folder(from);
    const set = out.get(f) ?? new Set<string>();
    for (const t of targets) if (folder(t) !== f) set.add(folder(t));
    out.set(f, set);
  }
  return out;
}
