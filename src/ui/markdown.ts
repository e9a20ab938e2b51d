import { stripVTControlCharacters } from "node:util";
import type { MarkedExtension, Token, Tokens } from "marked";
import type { Note } from "../content/model.js";
import { wrap } from "./text.js";
import { fitLines, listLines, markCodeBlocks, tightenList } from "./markdown-lines.js";
import { maxOf, pushAll } from "../shared/arrays.js";

export interface RenderOptions {
  width: number;
  color: boolean;
}

/**
 * Renders markdown for the terminal. `tokens`, when given, are blocks of the text already lexed
 * by `lex` (a lesson cut where its notes go): the same output, without lexing again.
 */
export interface MarkdownRenderer {
  (markdown: string, tokens?: readonly unknown[]): string;
  /** The top-level blocks of a text, as `tokens` for the renderer. */
  lex(markdown: string): { raw: string }[];
  /** Present on a deferred renderer: settles once it can render `markdown` (see deferred...). */
  ready?(markdown: string): Promise<void>;
}

/** Neutralises terminal control sequences in text that did not come from our own renderer. */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return stripVTControlCharacters(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

/**
 * Text that marked would only wrap: one paragraph of words, with no markup, links, entities,
 * indentation or control characters. (A test holds the two renderings equal for the course.)
 */
const MARKUP = /[*_`[\]<>#|\\~&\t]|:\/\/|www\.|@|^\s|\n\s*\n|^\s*(?:[-+*]|\d+[.)])\s/;

export function isPlainParagraph(markdown: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !MARKUP.test(markdown) && !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(markdown);
}

/**
 * Start-up trick: a renderer that loads marked only when a text needs it. Plain paragraphs (most
 * questions and explanations) are wrapped at once, as marked would, so that a quiz's first
 * question does not wait for marked to load and compile its patterns. Before rendering other
 * text, await `ready(text)`; rendering it before then throws.
 */
export function deferredMarkdownRenderer(options: RenderOptions): MarkdownRenderer {
  let full: MarkdownRenderer | undefined;
  const load = async () => {
    full ??= await createMarkdownRenderer(options);
  };
  const loaded = (): MarkdownRenderer => {
    if (!full) throw new Error("markdown rendered before the renderer was ready");
    return full;
  };
  const render = (markdown: string, tokens?: readonly unknown[]) => {
    if (full || tokens !== undefined || !isPlainParagraph(markdown)) {
      return loaded()(markdown, tokens);
    }
    const text = wrap(markdown.replace(/\s+/g, " ").trim(), options.width);
    // marked-terminal ends a paragraph's styling with a reset, even with nothing to reset.
    return options.color ? `\u001b[0m${text}\u001b[0m` : text;
  };
  return Object.assign(render, {
    lex: (markdown: string) => loaded().lex(markdown),
    ready: (markdown: string) => (full || isPlainParagraph(markdown) ? Promise.resolve() : load()),
  });
}

/**
 * A markdown-to-terminal renderer (marked + marked-terminal), wrapped to `width`. Without colour
 * the result has no escape codes at all; headings are their text, without `#` marks.
 */
const renderers = new Map<string, Promise<MarkdownRenderer>>();

/** A renderer for this width and colour: made once, then reused (lessons, notes, feedback). */
export function createMarkdownRenderer(options: RenderOptions): Promise<MarkdownRenderer> {
  const key = `${options.width}:${options.color}`;
  let renderer = renderers.get(key);
  if (renderer === undefined) {
    renderer = makeRenderer(options);
    renderers.set(key, renderer);
  }
  return renderer;
}

/** Markdown nested past the stack (validate refuses it in a pack) is shown as plain text. */
function orPlain(markdown: string, parse: () => string): string {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError) return plainText(markdown);
    throw error;
  }
}

async function makeRenderer(options: RenderOptions): Promise<MarkdownRenderer> {
  const [{ Marked }, { markedTerminal }, { default: chalk }, { default: Table }, wrap] =
    await Promise.all([
      import("marked"),
      import("marked-terminal"),
      import("chalk"),
      import("cli-table3"),
      import("fast-wrap-ansi"),
    ]);
  const { default: stringWidth } = await import("fast-string-width");
  // marked-terminal styles with chalk's shared instance.
  chalk.level = options.color ? (Math.max(chalk.level, 1) as 1 | 2 | 3) : 0;
  const terminal = markedTerminal({
    width: options.width,
    // Lines are wrapped after rendering (fitLines), where escape codes are measured right:
    // marked-terminal's own reflow broke lines before a ")" that follows inline code.
    reflowText: false,
    tab: 2,
    emoji: false,
    showSectionPrefix: false,
    heading: chalk.bold.cyan,
    firstHeading: chalk.bold.cyan,
    codespan: chalk.yellow,
    code: chalk.white,
    tableOptions: { wordWrap: true },
    list: listLines,
  });
  const marked = new Marked(withTightLists(terminal));
  marked.use({
    // Setext headings (underlined with === or ---) are not read: the course writes `#` headings,
    // and marked's test for them re-scans every paragraph. The lines stay a paragraph.
    tokenizer: { lheading: () => undefined },
    renderer: {
      // marked-terminal prints inline markup inside list items raw unless text tokens are parsed.
      // A soft line break in the source is a space: the text is wrapped to the terminal after.
      text(token) {
        return "tokens" in token && token.tokens
          ? this.parser.parseInline(token.tokens)
          : token.text.replace(/\n/g, " ").replace(/ {2,}/g, " ");
      },
      // Tables are fitted to the width: columns shrink and their cells wrap.
      table(token) {
        const cell = (c: Tokens.TableCell) => this.parser.parseInline(c.tokens);
        const head = token.header.map(cell);
        const rows = token.rows.map((row) => row.map(cell));
        const widths = (i: number) => rows.map((r) => stringWidth(r[i] ?? ""));
        const natural = head.map((h, i) => maxOf(widths(i), stringWidth(h)));
        const table = new Table({
          head: head.map((h) => chalk.bold(h)),
          colWidths: fitColumns(natural, options.width),
          wordWrap: true,
          wrapOnWordBoundary: true,
          style: { head: [], border: [] },
        });
        pushAll(table, rows);
        return `${table.toString()}\n\n`;
      },
    },
  });
  const render = (markdown: string, tokens?: readonly unknown[]) => {
    const rendered = orPlain(markdown, () =>
      tokens === undefined
        ? marked.parser(markCodeBlocks(marked.lexer(plainText(markdown))))
        : marked.parser(markCodeBlocks(structuredClone(tokens) as Token[])),
    )
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd()
      .split("\n");
    const fitted = fitLines(rendered, options.width, wrap.wrapAnsi, stringWidth)
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd();
    return options.color ? fitted : stripVTControlCharacters(fitted);
  };
  return Object.assign(render, { lex: (markdown: string) => marked.lexer(plainText(markdown)) });
}

/** marked-terminal's extension, its lists without the blank lines a nested list leaves. */
function withTightLists(terminal: MarkedExtension): MarkedExtension {
  const list = terminal.renderer?.list;
  if (terminal.renderer && list) {
    terminal.renderer.list = function (this: ThisParameterType<typeof list>, token) {
      const rendered = list.call(this, token);
      return typeof rendered === "string" ? tightenList(rendered) : rendered;
    };
  }
  return terminal;
}

/** An update note as a framed box: "Current as of 2026", the text, and its source. */
export async function renderNote(note: Note, options: RenderOptions): Promise<string> {
  const { wrapAnsi } = await import("fast-wrap-ansi");
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level: options.color ? 2 : 0 });
  const inner = Math.max(20, Math.min(options.width, 100) - 4);
  const { default: stringWidth } = await import("fast-string-width");
  // The title goes in the top border when it fits there, else on the box's first lines.
  const full = ` Current as of 2026${note.title ? `: ${plainText(note.title)}` : ""} `;
  const inline = stringWidth(full) <= inner;
  const title = inline ? full : " Current as of 2026 ";
  const heading =
    inline || !note.title
      ? []
      : wrapAnsi(plainText(note.title), inner, { hard: true })
          .split("\n")
          .map((l) => chalk.bold(l));
  // Rendered at the box's inner width: re-wrapping text wrapped for the page would strand words.
  const render = await createMarkdownRenderer({ ...options, width: inner });
  const body = render(note.text).trim();
  const source = wrapAnsi(`Source: ${plainText(note.source)}`, inner, { hard: true });
  const line = (text: string) =>
    `${chalk.yellow("│")} ${text}${" ".repeat(Math.max(0, inner - stringWidth(text)))} ${chalk.yellow("│")}`;
  const top = `${chalk.yellow("╭─")}${chalk.yellow.bold(title)}${chalk.yellow("─".repeat(Math.max(0, inner + 1 - stringWidth(title))) + "╮")}`;
  const bottom = chalk.yellow(`╰${"─".repeat(inner + 2)}╯`);
  return [
    top,
    ...heading.map(line),
    ...body.split("\n").map(line),
    line(""),
    ...source.split("\n").map((l) => line(chalk.dim(l))),
    bottom,
  ].join("\n");
}

/** Column widths (cell text plus padding and border) that fit `width`: wide columns give way. */
export function fitColumns(natural: readonly number[], width: number): number[] {
  const widths = natural.map((w) => w + 2);
  const budget = width - (widths.length + 1);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(maxOf(widths));
    if ((widths[widest] ?? 0) <= 6) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  return widths;
}
