// A full-screen menu over the key queue: drawn again at the new width when the window is resized.
import type { MenuAction, MenuRules, MenuState } from "../core/menu.js";
import type { KeyQueue } from "./keys.js";
import { enterScreen, type Screen } from "./pager.js";
import { fitParts } from "./pager-text.js";
import { createTheme, truncate } from "./theme.js";
import { maxOf } from "../shared/arrays.js";

export interface MenuLayout {
  title: string;
  /** One line per entry, at most `width - 2` columns (the cursor takes two). */
  entries: string[];
  /** The number each entry carries (a module's), for the number keys. */
  numbers: (number | undefined)[];
}

const CLEAR = "\u001b[H\u001b[2J";

function draw(screen: Screen, layout: MenuLayout, state: MenuState, columns: number): string {
  const theme = createTheme(screen.color);
  const room = Math.max(3, (screen.output.rows ?? 24) - 4);
  const top = Math.min(
    Math.max(0, state.cursor - room + 1),
    Math.max(0, layout.entries.length - room),
  );
  const lines = layout.entries.slice(top, top + room).map((entry, i) => {
    const chosen = top + i === state.cursor;
    return chosen ? theme.accent(`❯ ${entry}`) : `  ${entry}`;
  });
  const numbers = layout.numbers.filter((n) => n !== undefined);
  const legend = fitParts(
    [
      { text: "↑↓ move", keep: 3 },
      ...(numbers.length > 0 ? [{ text: `1-${maxOf(numbers)} module`, keep: 2 }] : []),
      { text: "↵ open", keep: 4 },
      { text: "q quit", keep: 5 },
    ],
    columns - 1,
  );
  const filler = Math.max(0, room - lines.length);
  return `${CLEAR}${theme.heading(truncate(layout.title, columns - 1))}\n\n${lines.join("\n")}${"\n".repeat(filler + 2)}${theme.dim(legend)}`;
}

/**
 * Shows a menu until an entry is chosen (Enter) or the reader quits (q at once, Esc). Number keys
 * move to the entry carrying that number. The caller leaves the screen when done.
 */
export async function showMenu(
  screen: Screen,
  keys: KeyQueue,
  layout: (width: number) => MenuLayout,
  rules: MenuRules,
  cursor = 0,
): Promise<MenuAction> {
  let columns = screen.columns();
  let current = layout(columns);
  let state = rules.start(current.numbers, cursor);
  enterScreen(screen);
  for (;;) {
    if (keys.pending() === 0) screen.output.write(draw(screen, current, state, columns));
    const event = await keys.next();
    if (event.type === "resize") {
      columns = screen.columns();
      current = layout(columns);
      continue;
    }
    const result = rules.key(state, event.key, Math.max(3, (screen.output.rows ?? 24) - 4));
    state = result.state;
    if (result.action.type !== "none") return result.action;
  }
}
