// The one module that talks to @inquirer/prompts. Everything interactive goes through here, so
// tests can drive it (@inquirer/testing) or replace it, and Ctrl-C is handled in one way.
import type { InStream } from "../shared/context.js";
import { InterruptedError } from "../shared/errors.js";
import { numberKeysMove } from "./number-keys.js";
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

/**
 * An answer to a question stays on screen after a neutral mark, not inquirer's green tick: whether
 * it was right is for the feedback to say.
 */
const ANSWER_THEME = { prefix: { idle: "?", done: "›" } };

export async function select<T>(
  streams: PromptStreams,
  message: string,
  choices: Choice<T>[],
  options: {
    default?: T;
    pageSize?: number;
    /** Remove the prompt once answered (a menu), instead of leaving the answer on screen. */
    clear?: boolean;
    /** An answer to a question (see ANSWER_THEME). */
    answer?: boolean;
  } = {},
): Promise<T> {
  const { select: prompt } = await inquirer();
  return guard(
    prompt(
      {
        message,
        choices,
        default: options.default,
        pageSize: options.pageSize ?? 16,
        loop: false,
        ...(options.answer ? { theme: ANSWER_THEME } : {}),
      },
      context(streams, options.clear),
    ),
  );
}

/**
 * Waits for Enter, so that what was just shown can be read: one line ("↵ Enter to continue"),
 * removed once Enter is pressed. `mark` stands in for the ↵ (a verdict's ✔ or ✖). Ctrl-C
 * interrupts, as in any prompt.
 */
export async function pressEnter(
  streams: PromptStreams,
  label = "Enter to continue",
  mark = "↵",
): Promise<void> {
  const { select: prompt } = await inquirer();
  await guard(
    prompt(
      {
        message: "",
        choices: [{ value: true, name: label }],
        theme: {
          prefix: "",
          icon: { cursor: mark },
          style: { keysHelpTip: () => "" },
        },
      },
      context(streams, true),
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
    /** Remove the prompt once answered. */
    clear?: boolean;
  } = {},
): Promise<T[]> {
  const { checkbox: prompt } = await inquirer();
  const validate = options.validate;
  const keys = numberKeysMove(streams.input, choices.length);
  const streamsWithKeys = { ...streams, input: keys.input };
  try {
    return await guard(
      prompt(
        {
          message,
          choices,
          pageSize: options.pageSize ?? 16,
          loop: false,
          shortcuts: options.shortcuts === false ? { all: null, invert: null } : undefined,
          theme: ANSWER_THEME,
          validate: validate
            ? (selected: readonly { value: T }[]) => validate(selected.map((c) => c.value))
            : undefined,
        },
        context(streamsWithKeys, options.clear),
      ),
    );
  } finally {
    keys.dispose();
  }
}

export async function confirm(
  streams: PromptStreams,
  message: string,
  options: { default?: boolean } = {},
): Promise<boolean> {
  const { confirm: prompt } = await inquirer();
  return guard(prompt({ message, default: options.default ?? true }, context(streams)));
}

/** True when a prompt was left with Ctrl-C. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof InterruptedError;
}
