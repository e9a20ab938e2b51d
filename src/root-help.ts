// `eks-primer --help` (and a bare `eks-primer`) without loading commander: the root help's items
// are taken from the program at build time (dist/help.json) and laid out here the way commander
// lays them out, for the terminal's width. A test holds the two to the same output at many
// widths. Anything else, and a missing dist/help.json, goes through the full program.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { terminalWidth, type OutStream } from "./ui/output.js";

export interface HelpItem {
  term: string;
  description: string;
}

export interface HelpModel {
  usage: string;
  description: string;
  sections: { heading: string; items: HelpItem[] }[];
  /** Text added after the generated help (examples, exit codes). */
  after: string;
}

/** The root help's content, read from the program through commander's own Help. */
export function helpModel(program: Command): HelpModel {
  const helper = program.createHelp();
  const sections = [
    {
      heading: "Options:",
      items: helper.visibleOptions(program).map((o) => ({
        term: helper.optionTerm(o),
        description: helper.optionDescription(o),
      })),
    },
    {
      heading: "Commands:",
      items: helper.visibleCommands(program).map((c) => ({
        term: helper.subcommandTerm(c),
        description: helper.subcommandDescription(c),
      })),
    },
  ];
  let full = "";
  program.configureOutput({ writeOut: (text) => void (full += text), getOutHelpWidth: () => 80 });
  program.outputHelp();
  const generated = formatRootHelp(
    {
      usage: helper.commandUsage(program),
      description: helper.commandDescription(program),
      sections,
      after: "",
    },
    80,
  );
  return {
    usage: helper.commandUsage(program),
    description: helper.commandDescription(program),
    sections,
    after: full.startsWith(generated) ? full.slice(generated.length) : "",
  };
}

const MIN_WIDTH_TO_WRAP = 40;

/** Word wrap as commander's Help.boxWrap does it. */
function boxWrap(text: string, width: number): string {
  if (width < MIN_WIDTH_TO_WRAP) return text;
  return text
    .split(/\r\n|\n/)
    .map((line) => {
      const chunks = line.match(/[\s]*[^\s]+/g);
      if (chunks === null) return "";
      const lines: string[] = [];
      let current = chunks.shift() ?? "";
      for (const chunk of chunks) {
        if (current.length + chunk.length <= width) current += chunk;
        else {
          lines.push(current);
          current = chunk.trimStart();
        }
      }
      lines.push(current);
      return lines.join("\n");
    })
    .join("\n");
}

/** The root help laid out for `width` columns, as commander's Help.formatHelp lays it out. */
export function formatRootHelp(model: HelpModel, width: number): string {
  const termWidth = Math.max(
    0,
    ...model.sections.flatMap((s) => s.items.map((item) => item.term.length)),
  );
  const item = ({ term, description }: HelpItem) => {
    if (!description) return `  ${term}`;
    const remaining = width - termWidth - 2 - 2;
    const body =
      remaining < MIN_WIDTH_TO_WRAP || /\n[^\S\r\n]/.test(description)
        ? description
        : boxWrap(description, remaining).replace(/\n/g, `\n${" ".repeat(termWidth + 2)}`);
    return `  ${term.padEnd(termWidth)}  ${body.replace(/\n/g, "\n  ")}`;
  };
  const out = [`Usage: ${model.usage}`, ""];
  if (model.description) out.push(boxWrap(model.description, width), "");
  for (const section of model.sections) {
    if (section.items.length > 0) out.push(section.heading, ...section.items.map(item), "");
  }
  return out.join("\n") + model.after;
}

/** Prints the root help from dist/help.json; false when there is none (run the full program). */
export function printRootHelp(
  stdout: OutStream = process.stdout,
  env: Record<string, string | undefined> = process.env,
): boolean {
  let model: HelpModel;
  try {
    model = JSON.parse(readFileSync(new URL("help.json", import.meta.url), "utf8")) as HelpModel;
  } catch {
    return false;
  }
  stdout.write(formatRootHelp(model, terminalWidth(stdout, env)));
  return true;
}
