import { Chalk, type ChalkInstance } from "chalk";

export interface Theme {
  chalk: ChalkInstance;
  heading(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  accent(text: string): string;
  code(text: string): string;
}

export function createTheme(color: boolean): Theme {
  const chalk = new Chalk({ level: color ? 2 : 0 });
  return {
    chalk,
    heading: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    good: (t) => chalk.green(t),
    bad: (t) => chalk.red(t),
    warn: (t) => chalk.yellow(t),
    accent: (t) => chalk.cyan(t),
    code: (t) => chalk.cyan(t),
  };
}

/** Text width on screen, ignoring colour codes. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "").length;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - visibleLength(text)));
}

export function truncate(text: string, width: number): string {
  if (text.length <= width) return text;
  return width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`;
}
