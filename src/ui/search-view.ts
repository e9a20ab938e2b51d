import type { SearchHit } from "../core/search.js";
import { safeText } from "../shared/safe-text.js";
import { plainText } from "./markdown.js";
import type { Output } from "./output.js";
import { createTheme, padEnd, truncate } from "./theme.js";

export function printSearch(output: Output, words: string, hits: readonly SearchHit[]): void {
  const theme = createTheme(output.color);
  const query = safeText(words);
  if (hits.length === 0) {
    output.out(`Nothing in the course matches "${query}".`);
    output.out(theme.dim("Try fewer or other words, or browse: eks-primer glossary"));
    return;
  }
  output.out(theme.heading(`${hits.length} match${hits.length === 1 ? "" : "es"} for "${query}"`));
  const marked = query.toLowerCase().split(/\s+/).filter(Boolean);
  hits.forEach((hit, i) => {
    const kind = hit.kind === "term" ? "glossary" : "lesson";
    const title = truncate(plainText(hit.title), output.width - 15);
    output.out();
    output.out(
      `${String(i + 1).padStart(2)}. ${padEnd(theme.accent(title), output.width - 14)} ${theme.dim(kind)}`,
    );
    output.out(
      `    ${highlight(truncate(plainText(hit.snippet), output.width - 4), marked, (t) => theme.heading(t))}`,
    );
    output.out(`    ${theme.dim(hit.open)}`);
  });
}

function highlight(text: string, words: readonly string[], mark: (s: string) => string): string {
  if (words.length === 0) return text;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return text.replace(new RegExp(`(${escaped.join("|")})`, "gi"), (m) => mark(m));
}
