// The one module that talks to @inquirer/prompts. Everything interactive goes through here, so
// tests can drive it (@inquirer/testing) or replace it, and Ctrl-C is handled in one way.
import type { InStream } from "../shared/context.js";
import { InterruptedError } from "../shared/errors.js";
import type { OutStream } from "./output.js";

export interface PromptStreams {
  input: InStream;
  output: OutStream;
  /** Cancels the prompt when aborted (an exam's time running out). */
  signal?: AbortSignal | undefined;
}

export interface Choice<T> {
  value: T;
  name: string;
  description?: string | undefined;
  disabled?: boolean | string | undefined;
  /** Checkbox lists only: ticked at the start. */
  checked?: boolean | undefined;
}

async function inquirer() {
  return import("./inquirer.js");
}

/** Ctrl-C in a prompt ends what was asking as an interruption (exit 130), in one way everywhere. */
async function guard<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof Error && error.name === "ExitPromptError") {
      throw new InterruptedError("interrupted", { cause: error });
    }
    throw error;
  }
}

function context(streams: PromptStreams, clear = false) {
  return {
    input: streams.input as NodeJS.ReadableStream,
    output: streams.output as unknown as NodeJS.WritableStream,
    clearPromptOnDone: clear,
    ...(streams.signal === undefined ? {} : { signal: streams.signal }),
  };
}

export async function select<T>(
  streams: PromptStreams,
  message: string,
  choices: Choice<T>[],
  options: {
    default?: T;
    pageSize?: number;
    /** Remove the prompt once answered (a menu), instead of leaving the answer on screen. */
    clear?: boolean;
  } = {},
): Promise<T> {
  const { select: prompt } = await inquirer();
  return guard(
    prompt(
      { message, choices, default: options.default, pageSize: options.pageSize ?? 16, loop: false },
      context(streams, options.clear),
    ),
  );
}

export async function checkbox<T>(
  streams: PromptStreams,
  message: string,
  choices: Choice<T>[],
  options: {
    validate?: (selected: readonly T[]) => true | string;
    pageSize?: number;
    /** Keys for "select all" and "invert"; false turns both off (when only some may be picked). */
    shortcuts?: boolean;
  } = {},
): Promise<T[]> {
  const { checkbox: prompt } = await inquirer();
  const validate = options.validate;
  return guard(
    prompt(
      {
        message,
        choices,
        pageSize: options.pageSize ?? 16,
        loop: false,
        shortcuts: options.shortcuts === false ? { all: null, invert: null } : undefined,
        validate: validate
          ? (selected: readonly { value: T }[]) => validate(selected.map((c) => c.value))
          : undefined,
      },
      context(streams),
    ),
  );
}

export async function confirm(
  streams: PromptStreams,
  message: string,
  options: { default?: boolean } = {},
): Promise<boolean> {
  const { confirm: prompt } = await inquirer();
  return guard(prompt({ message, default: options.default ?? true }, context(streams)));
}

/** One line of text (a command). */
export async function input(
  streams: PromptStreams,
  message: string,
  options: { default?: string; validate?: (value: string) => true | string } = {},
): Promise<string> {
  const { input: prompt } = await inquirer();
  return guard(
    prompt(
      {
        message,
        ...(options.default === undefined ? {} : { default: options.default }),
        ...(options.validate ? { validate: options.validate } : {}),
      },
      context(streams),
    ),
  );
}

/** True when a prompt was left with Ctrl-C. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof InterruptedError;
}
