// Key presses and window resizes as one queue of events, so that a loop can await them in order:
// keys typed ahead (a burst of n) are kept for the next page instead of being lost.
import { emitKeypressEvents } from "node:readline";
import type { Key } from "../core/pager.js";
import type { InStream, OutStream } from "../shared/context.js";

export type TerminalEvent = { type: "key"; key: Key } | { type: "resize" };

export interface ResizableOutput extends OutStream {
  rows?: number | undefined;
  on?(event: "resize", cb: () => void): unknown;
  removeListener?(event: "resize", cb: () => void): unknown;
}

export interface KeyQueue {
  next(): Promise<TerminalEvent>;
  /** Events waiting to be read. */
  pending(): number;
  /** Forgets the keys typed ahead. */
  clear(): void;
  /** Stops listening and gives the terminal back (cooked mode). */
  close(): void;
}

export function openKeys(input: InStream, output: ResizableOutput): KeyQueue {
  const queue: TerminalEvent[] = [];
  let waiting: ((event: TerminalEvent) => void) | undefined;
  const push = (event: TerminalEvent) => {
    const take = waiting;
    if (take) {
      waiting = undefined;
      take(event);
      return;
    }
    // Many resize signals while a page is being drawn need one redraw.
    if (event.type === "resize" && queue.some((e) => e.type === "resize")) return;
    queue.push(event);
  };
  const onKey = (chunk: string | undefined, key: Key | undefined) => {
    push({ type: "key", key: key ?? { sequence: chunk } });
  };
  const onResize = () => push({ type: "resize" });
  emitKeypressEvents(input);
  if (input.isTTY && input.setRawMode) input.setRawMode(true);
  input.on("keypress", onKey);
  input.resume();
  output.on?.("resize", onResize);
  return {
    next() {
      const event = queue.shift();
      if (event) return Promise.resolve(event);
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    pending: () => queue.length,
    clear() {
      queue.length = 0;
    },
    close() {
      input.removeListener("keypress", onKey);
      output.removeListener?.("resize", onResize);
      if (input.isTTY && input.setRawMode) input.setRawMode(false);
      input.pause();
    },
  };
}
