/** Lower-case words with punctuation removed, so that layout and markup do not hide a copy. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, " ")
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter((w) => w.length > 0);
}

/** Every run of `size` consecutive words of `text` that also stands in `source`. */
export function copiedRuns(text: string, source: string, size = 12): string[] {
  const sourceWords = normaliseWords(source);
  const shingles = new Set<string>();
  for (let i = 0; i + size <= sourceWords.length; i++) {
    shingles.add(sourceWords.slice(i, i + size).join(" "));
  }
  const words = normaliseWords(text);
  const found: string[] = [];
  let skipUntil = -1;
  for (let i = 0; i + size <= words.length; i++) {
    const run = words.slice(i, i + size).join(" ");
    if (i >= skipUntil && shingles.has(run)) {
      found.push(run);
      skipUntil = i + size;
    }
  }
  return found;
}
