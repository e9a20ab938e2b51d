// The sizes eks-primer accepts from outside, each refused with a one-line error that names it.

const MB = 1024 * 1024;

export const LIMITS = {
  /** An answers file (or standard input) for --answers. */
  answers: { bytes: 5 * MB, name: "5 MB" },
  /** A file given to import. */
  import: { bytes: 200 * MB, name: "200 MB" },
  /** One file of a content pack: a lesson, a module file. */
  packFile: { bytes: 1 * MB, name: "1 MB" },
  /** The words of a search, all together. */
  query: { chars: 1000, name: "1,000 characters" },
} as const;

/** Problems listed one by one; the rest are counted ("... and 12 more"). */
export const LISTED_PROBLEMS = 50;

/**
 * The first LISTED_PROBLEMS of `lines`, and a last line counting the rest of `total` (all of
 * them, when only the listed ones were formatted) when there are more.
 */
export function listedLines(lines: readonly string[], total = lines.length): string[] {
  const shown = lines.slice(0, LISTED_PROBLEMS);
  return total > shown.length ? [...shown, `... and ${total - shown.length} more`] : shown;
}
