// Paths into a YAML document, as exercises write them: `spec.template.spec.containers[0]`,
// a list element by a field `requirements[key=karpenter.sh/capacity-type]`, and a key with dots
// or slashes in quotes `metadata.annotations["a.b/c"]`. Resolved on the YAML syntax tree, so
// that a problem can name the line and column.
import type { Node as YamlNode, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";

export type Segment = { key: string } | { index: number } | { field: string; value: string };

/** The segments of a path; throws an Error naming what is wrong with it. */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`path "${path}": ${what} at character ${i + 1}`);
  };
  while (i < path.length) {
    if (path[i] === "[") {
      const end = path.indexOf("]", path[i + 1] === '"' ? path.indexOf('"', i + 2) : i);
      if (end < 0) fail("an unclosed [");
      const inner = path.slice(i + 1, end);
      if (/^"[^"]*"$/.test(inner)) segments.push({ key: inner.slice(1, -1) });
      else if (/^\d+$/.test(inner)) segments.push({ index: Number(inner) });
      else if (/^[^=]+=.+$/.test(inner)) {
        const eq = inner.indexOf("=");
        segments.push({
          field: inner.slice(0, eq),
          value: inner.slice(eq + 1).replace(/^"(.*)"$/, "$1"),
        });
      } else fail(`"[${inner}]" is neither [0], [field=value] nor ["key"]`);
      i = end + 1;
      if (path[i] === ".") i++;
      continue;
    }
    const match = /^[^.[\]]+/.exec(path.slice(i));
    if (!match) fail("an empty segment");
    segments.push({ key: match![0] });
    i += match![0].length;
    if (path[i] === ".") {
      i++;
      if (i === path.length) fail("a trailing dot");
    }
  }
  if (segments.length === 0) fail("nothing");
  return segments;
}

/** The YAML library's node tests, passed in: the library is loaded lazily. */
export interface YamlTests {
  isMap: (node: unknown) => node is YAMLMap;
  isSeq: (node: unknown) => node is YAMLSeq;
  isScalar: (node: unknown) => node is Scalar;
  isPair: (node: unknown) => node is Pair;
}

export interface Resolved {
  /** The node at the path, when the whole path exists. */
  node?: YamlNode | undefined;
  found: boolean;
  /** The deepest node on the way that exists (for the position of a missing one). */
  nearest: YamlNode;
  /** Keys of the mapping where the path stopped, when it stopped at a missing key. */
  siblings?: { wanted: string; keys: string[] } | undefined;
}

function scalarText(yaml: YamlTests, node: unknown): string | undefined {
  return yaml.isScalar(node) ? String(node.value) : undefined;
}

/** Follows the segments from `root`. */
export function resolvePath(
  yaml: YamlTests,
  root: YamlNode,
  segments: readonly Segment[],
): Resolved {
  let node: YamlNode = root;
  for (const segment of segments) {
    let next: unknown;
    if ("key" in segment) {
      if (!yaml.isMap(node)) return { found: false, nearest: node };
      const pair = node.items.find((p) => scalarText(yaml, p.key) === segment.key);
      if (!pair) {
        const keys = node.items.flatMap((p) => scalarText(yaml, p.key) ?? []);
        return { found: false, nearest: node, siblings: { wanted: segment.key, keys } };
      }
      next = pair.value ?? pair.key;
    } else if ("index" in segment) {
      if (!yaml.isSeq(node)) return { found: false, nearest: node };
      next = node.items[segment.index];
    } else {
      if (!yaml.isSeq(node)) return { found: false, nearest: node };
      next = node.items.find(
        (item) =>
          yaml.isMap(item) &&
          item.items.some(
            (p) =>
              scalarText(yaml, p.key) === segment.field &&
              scalarText(yaml, p.value) === segment.value,
          ),
      );
    }
    if (next === undefined || next === null) return { found: false, nearest: node };
    node = next as YamlNode;
  }
  return { node, found: true, nearest: node };
}
