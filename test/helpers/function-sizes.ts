// Lines per function and per file in src/, for the size limits (functions <= 80, files <= 300).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface Sized {
  file: string;
  name: string;
  lines: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.ts$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

export function sizes(src: string): { functions: Sized[]; files: Sized[] } {
  const functions: Sized[] = [];
  const all: Sized[] = [];
  for (const path of files(src)) {
    const text = readFileSync(path, "utf8");
    const file = relative(src, path);
    all.push({ file, name: file, lines: text.split("\n").length });
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const named = (node as { name?: ts.Node }).name;
        const name = named ? named.getText(source) : `(anonymous at ${line(node.getStart()) + 1})`;
        functions.push({ file, name, lines: line(node.getEnd()) - line(node.getStart()) + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { functions, files: all };
}
