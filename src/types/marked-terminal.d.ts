// marked-terminal ships no types (and @types/marked-terminal pins an old marked): the part we use.
declare module "marked-terminal" {
  import type { MarkedExtension } from "marked";

  type Style = (text: string) => string;

  export interface TerminalRendererOptions {
    width?: number;
    reflowText?: boolean;
    tab?: number | string;
    emoji?: boolean;
    showSectionPrefix?: boolean;
    unescape?: boolean;
    heading?: Style;
    firstHeading?: Style;
    code?: Style;
    codespan?: Style;
    blockquote?: Style;
    strong?: Style;
    em?: Style;
    del?: Style;
    link?: Style;
    href?: Style;
    listitem?: Style;
    table?: Style;
    paragraph?: Style;
    hr?: Style;
    html?: Style;
    tableOptions?: Record<string, unknown>;
    list?: (body: string, ordered: boolean, indent: string) => string;
  }

  export function markedTerminal(
    options?: TerminalRendererOptions,
    highlightOptions?: Record<string, unknown>,
  ): MarkedExtension;
}
