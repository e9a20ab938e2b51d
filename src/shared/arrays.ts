// Folding arrays of any length. Spreading one into arguments (Math.max(...xs), push(...xs))
// overflows the call stack past some 125,000 items; a lint rule sends every such call here.

/** The largest of `values`, and at least `floor`. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** Appends every item to `target`; returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
