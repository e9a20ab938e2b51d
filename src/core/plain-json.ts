// JSON answers read by JSON.parse alone, when that reads them exactly as the YAML parser would.
/**
 * A JSON object parsed with JSON.parse, or undefined when the text is not one or names a key
 * twice in one object (JSON.parse keeps the last; the YAML path reports it): then every object
 * member has one colon outside strings, and the members of the parsed objects are fewer.
 */
export function plainJson(text: string): object | undefined {
  if (!/^\s*\{/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null) return undefined;
  return colonsOutsideStrings(text) === membersOf(data) ? data : undefined;
}

function colonsOutsideStrings(text: string): number {
  let colons = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x3a) colons++;
  }
  return colons;
}

/** How many members the objects in `data` have, all levels (a loop: nesting may be deep). */
function membersOf(data: object): number {
  let members = 0;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    for (const item of Object.values(value)) {
      members++;
      pending.push(item);
    }
  }
  return members;
}
