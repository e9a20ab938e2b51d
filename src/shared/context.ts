// What every command receives, and the streams it writes to and reads from. A leaf: it imports
// nothing of ours, so every layer can name these types without a cycle.

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
  rows?: number | undefined;
}

export interface InStream extends NodeJS.ReadableStream {
  isTTY?: boolean | undefined;
  setRawMode?(mode: boolean): unknown;
}

/** Where a command writes, and how: the one place that knows about terminals and colour. */
export interface Output {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Colour on stdout (off under NO_COLOR, --no-color, or when piped). */
  readonly color: boolean;
  /** Colour on stderr. */
  readonly colorErr: boolean;
  /** Columns to fit: the terminal's width, or 80 when piped (COLUMNS overrides). */
  readonly width: number;
  readonly interactive: boolean;
  out(text?: string): void;
  err(text?: string): void;
}

/** What the program gets from the process: streams, environment, folder, clock. */
export interface ProgramDeps {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
  /** Runs `tick` every `ms` until the returned function is called (tests pass one they drive). */
  every?: ((ms: number, tick: () => void) => () => void) | undefined;
}

/** What every command receives: where to write, which course and store, and the global flags. */
export interface CommandContext {
  deps: ProgramDeps;
  output: Output;
  /** A content pack named by --content or EKS_PRIMER_CONTENT; undefined for the built-in course. */
  contentDir: string | undefined;
  /** Folder of the progress store named by EKS_PRIMER_HOME; undefined for conf's default. */
  home: string | undefined;
  debug: boolean;
}
