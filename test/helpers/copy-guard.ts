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

// Every text is checked against the same course: its runs are built once per source and size.
const shinglesBySource = new Map<string, Map<number, Set<string>>>();

function shinglesOf(source: string, size: number): Set<string> {
  let bySize = shinglesBySource.get(source);
  if (!bySize) {
    bySize = new Map<number, Set<string>>();
    shinglesBySource.set(source, bySize);
  }
  let shingles = bySize.get(size);
  if (!shingles) {
    const words = normaliseWords(source);
    shingles = new Set();
    for (let i = 0; i + size <= words.length; i++) shingles.add(words.slice(i, i + size).join(" "));
    bySize.set(size, shingles);
  }
  return shingles;
}

/** Every run of `size` consecutive words of `text` that also stands in `source`. */
export function copiedRuns(text: string, source: string, size = 12): string[] {
  const shingles = shinglesOf(source, size);
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
