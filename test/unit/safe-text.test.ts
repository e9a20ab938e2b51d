import { describe, expect, it } from "vitest";
import { hasUnsafe, safeBlock, safeText, terminalText } from "../../src/shared/safe-text.js";
import { createOutput } from "../../src/ui/output.js";

// One line per kind of character that must never reach a terminal raw.
const cases: [name: string, raw: string, shown: string][] = [
  ["ESC (CSI, clear screen)", "a\u001b[2Jb", "a\\x1b[2Jb"],
  ["OSC 52 clipboard with BEL", "\u001b]52;c;aGk=\u0007", "\\x1b]52;c;aGk=\\x07"],
  ["NUL", "a\u0000b", "a\\x00b"],
  ["carriage return", "ok\rfake", "ok\\rfake"],
  ["backspace", "ab\bc", "ab\\x08c"],
  ["DEL", "a\u007fb", "a\\u007fb"],
  ["C1 CSI", "a\u009b31mb", "a\\u009b31mb"],
  ["C1 NEL", "a\u0085b", "a\\u0085b"],
  ["right-to-left override", "abc\u202edef", "abc\\u202edef"],
  ["left-to-right embedding", "\u202ax", "\\u202ax"],
  ["right-to-left isolate", "\u2067x\u2069", "\\u2067x\\u2069"],
  ["right-to-left mark", "\u200fx", "\\u200fx"],
  ["Arabic letter mark", "\u061cx", "\\u061cx"],
  ["zero-width space", "pa\u200bss", "pa\\u200bss"],
  ["zero-width joiner", "a\u200db", "a\\u200db"],
  ["word joiner", "a\u2060b", "a\\u2060b"],
  ["byte-order mark", "\ufeffa", "\\ufeffa"],
  ["line separator", "a\u2028b", "a\\u2028b"],
];

describe("safeText and safeBlock", () => {
  it.each(cases)("%s is shown as an escape", (_name, raw, shown) => {
    expect(hasUnsafe(raw)).toBe(true);
    expect(safeBlock(raw)).toBe(shown);
    expect(safeText(raw)).toBe(shown);
  });

  it("leaves ordinary text, accents, CJK and emoji alone", () => {
    const text = "Amazon EKS — Pods, café, 日本語, 🚀 «quotes» C:\\path";
    expect(hasUnsafe(text)).toBe(false);
    expect(safeBlock(text)).toBe(text);
  });

  it("keeps newlines and tabs in a block, escapes them in one line", () => {
    expect(safeBlock("a\n\tb")).toBe("a\n\tb");
    expect(safeText("a\n\tb")).toBe("a\\n\\tb");
  });
});

describe("terminalText", () => {
  it("escapes every ESC with colour off, the program's own colour codes too", () => {
    expect(terminalText("\u001b[31mred\u001b[39m", false)).toBe("\\x1b[31mred\\x1b[39m");
  });

  it("with colour on, keeps colour codes and escapes every other sequence", () => {
    expect(terminalText("\u001b[1;31mred\u001b[0m \u001b]8;;x\u0007", true)).toBe(
      "\u001b[1;31mred\u001b[0m \\x1b]8;;x\\x07",
    );
  });

  it("keeps JSON JSON: the escapes it writes are JSON escapes", () => {
    const value = { key: "\u001b[2J\u007f\u0085\u202e\u200b\u2028", n: 1 };
    const shown = terminalText(JSON.stringify(value, null, 2), false);
    expect(hasUnsafe(shown)).toBe(false);
    expect(JSON.parse(shown)).toEqual(value);
  });
});

describe("createOutput", () => {
  function capture(isTTY = false) {
    const writes: string[] = [];
    return { stream: { isTTY, write: (chunk: string) => writes.push(chunk) }, writes };
  }

  it("ends every text with one newline, and escapes what must not reach a terminal", () => {
    const { stream, writes } = capture();
    const output = createOutput({ stdout: stream, stderr: stream, env: {} });
    output.out('{\n  "a": 1\n}');
    output.out("naïve ✅\n");
    output.err("a\u001b[2Jb");
    expect(writes).toEqual(['{\n  "a": 1\n}\n', "naïve ✅\n", "a\\x1b[2Jb\n"]);
  });

  it("looks at standard error only when it is used", () => {
    const { stream } = capture();
    let made = 0;
    const output = createOutput({
      stdout: stream,
      get stderr() {
        made++;
        return capture(true).stream;
      },
      env: {},
    });
    output.out("hello");
    expect(made).toBe(0);
    expect(output.colorErr).toBe(true);
    expect(made).toBeGreaterThan(0);
  });
});
