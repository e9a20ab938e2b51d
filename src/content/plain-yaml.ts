// YAML read fast: js-yaml's event stream (offsets into the text) gives both the data and, when
// a diagnostic needs one, the place of any value or key, for files with nothing wrong in YAML
// terms. The yaml library, about ten times slower on a 10,000-question pack, reads the rest.
import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type Event,
} from "js-yaml";
import { unsafeOffsets } from "../shared/safe-text.js";

/** A value as written: where it starts, and its entries (a mapping) or items (a sequence). */
export interface Place {
  start: number;
  entries?: Map<string, { key: number; value: Place }>;
  items?: Place[];
}

export interface PlainYaml {
  data: unknown;
  /** The places of the document's values, worked out when first asked for. */
  places: () => Place | undefined;
}

/**
 * The data of a file js-yaml reads as plain data (one document, no directive, no alias, no
 * control character raw or escaped, not empty), with the yaml library's settings (the core
 * schema, keys once per mapping); else undefined, and the yaml library reads it and says what is
 * wrong.
 */
export function plainYaml(text: string): PlainYaml | undefined {
  // A control character is reported by the yaml library; a directive (`%YAML 1.1`) may change
  // how it reads the scalars.
  if (unsafeOffsets(text).length > 0 || /^%/m.test(text)) return undefined;
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, {});
    documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  const [data] = documents;
  if (documents.length !== 1 || data === null || data === undefined || !plainStrings(data)) {
    return undefined;
  }
  let places: Place | undefined | null = null;
  return { data, places: () => (places === null ? (places = placesOf(text, events)) : places) };
}

/** Whether no key or string value holds a control, bidi or invisible character (escaped). */
function plainStrings(data: unknown): boolean {
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (unsafeOffsets(value).length > 0) return false;
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) pending.push(key, item);
    }
  }
  return true;
}

type Open = Place & { key?: { name: string | undefined; at: number } | undefined };

/** The tree of places, from the events: the yaml library's node ranges, key by key. */
function placesOf(text: string, events: readonly Event[]): Place | undefined {
  let root: Place | undefined;
  const open: Open[] = [];
  const attach = (place: Place, name?: string) => {
    const parent = open[open.length - 1];
    if (parent === undefined) {
      root ??= place;
    } else if (parent.items !== undefined) {
      parent.items.push(place);
    } else if (parent.entries !== undefined) {
      if (parent.key === undefined) {
        parent.key = { name, at: place.start };
        return;
      }
      if (parent.key.name !== undefined) {
        parent.entries.set(parent.key.name, { key: parent.key.at, value: place });
      }
      parent.key = undefined;
    }
  };
  for (const event of events) {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const place: Open =
        event.type === EVENT_ID.MAPPING
          ? { start: event.start, entries: new Map() }
          : { start: event.start, items: [] };
      attach(place);
      open.push(place);
    } else if (event.type === EVENT_ID.SCALAR) {
      attach({ start: scalarStart(text, event) }, getScalarValue(text, event));
    } else if (event.type === EVENT_ID.POP) {
      open.pop();
    }
  }
  return root;
}

/** Where a scalar starts as the yaml library counts it: at its quote, or its block indicator. */
function scalarStart(text: string, event: Extract<Event, { type: 4 }>): number {
  const start = event.valueStart;
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    return start - 1;
  }
  if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
    const indicator = Math.max(text.lastIndexOf("|", start), text.lastIndexOf(">", start));
    return indicator === -1 ? start : indicator;
  }
  return start;
}
