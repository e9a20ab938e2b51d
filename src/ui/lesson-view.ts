import { foldSpace, type Lesson, type Module, type Note } from "../content/model.js";
import { bar } from "./bars.js";
import { createMarkdownRenderer, plainText, renderNote, type RenderOptions } from "./markdown.js";
import { createTheme, padEnd, truncate } from "./theme.js";
import { pushAll } from "../shared/arrays.js";

export interface LessonPage {
  header: string;
  lines: string[];
}

/** Header line of a lesson page: where you are, lesson n of m, and a bar. */
export function lessonHeader(module: Module, index: number, options: RenderOptions): string {
  const theme = createTheme(options.color);
  const lesson = module.lessons[index];
  const total = module.lessons.length;
  const right = ` lesson ${index + 1} of ${total} ${bar(index + 1, total, 10)}`;
  const room = Math.max(10, options.width - right.length - 1);
  const left = truncate(`${plainText(module.title)} › ${plainText(lesson?.title ?? "")}`, room);
  return `${theme.heading(padEnd(left, room))} ${theme.accent(right.trimStart().padStart(right.length - 1))}`;
}

/** Lessons rendered before, for the same width and colour (see commands/learn/render-cache.ts). */
export interface LessonCache {
  read(lesson: Lesson, options: RenderOptions): string[] | undefined;
  write(lesson: Lesson, options: RenderOptions, lines: string[]): Promise<void>;
}

export interface LessonRenderOptions extends RenderOptions {
  cache?: LessonCache | undefined;
}

/** The lesson as terminal lines: its markdown, each update note right after the block it corrects. */
export async function renderLessonBody(
  lesson: Lesson,
  options: LessonRenderOptions,
): Promise<string[]> {
  const { cache, ...view } = options;
  const cached = cache?.read(lesson, view);
  if (cached) return cached;
  const lines = await renderLessonLines(lesson, view);
  await cache?.write(lesson, view, lines);
  return lines;
}

async function renderLessonLines(lesson: Lesson, options: RenderOptions): Promise<string[]> {
  const render = await createMarkdownRenderer(options);
  if (lesson.notes.length === 0) return render(lesson.body).split("\n");
  const blocks = render.lex(lesson.body);
  const parts: string[] = [];
  for (const part of placeNotes(blocks, lesson.notes)) {
    if (part.blocks.length > 0) parts.push(render("", part.blocks));
    for (const note of part.notes) parts.push(await renderNote(note, options));
  }
  return parts
    .filter((part) => part !== "")
    .join("\n\n")
    .split("\n");
}

export interface NotePlacement<T> {
  blocks: T[];
  /** The notes shown after these blocks. */
  notes: Note[];
}

/**
 * Cuts a lesson's top-level blocks after each block that ends a note's anchor (`after`, matched
 * with runs of white space folded), so that the note follows the paragraph it corrects. A note
 * whose anchor is not found goes last.
 */
export function placeNotes<T extends { raw: string }>(
  blocks: readonly T[],
  notes: readonly Note[],
): NotePlacement<T>[] {
  const ends = notes.map((note) => {
    if (note.after === undefined) return blocks.length - 1;
    const anchor = foldSpace(note.after);
    let text = "";
    for (const [i, block] of blocks.entries()) {
      text += block.raw;
      if (foldSpace(text).includes(anchor)) return i;
    }
    return blocks.length - 1;
  });
  const parts: NotePlacement<T>[] = [];
  let start = 0;
  const cuts = [...new Set(ends)].sort((a, b) => a - b);
  for (const cut of cuts) {
    parts.push({
      blocks: blocks.slice(start, cut + 1),
      notes: notes.filter((_, j) => ends[j] === cut),
    });
    start = cut + 1;
  }
  if (start < blocks.length) parts.push({ blocks: blocks.slice(start), notes: [] });
  return parts;
}

export async function renderLessonPage(
  module: Module,
  index: number,
  options: LessonRenderOptions,
): Promise<LessonPage> {
  const lesson = module.lessons[index];
  if (!lesson) throw new Error(`no lesson ${index} in ${module.id}`);
  return {
    header: lessonHeader(module, index, options),
    lines: await renderLessonBody(lesson, options),
  };
}

/** A module or one lesson as readable text, for --print and pipes. */
export async function renderForPrint(
  module: Module,
  lessons: readonly Lesson[],
  options: LessonRenderOptions,
): Promise<string> {
  const theme = createTheme(options.color);
  const rule = theme.dim("─".repeat(Math.min(options.width, 80)));
  const out: string[] = [];
  const { wrapAnsi } = await import("fast-wrap-ansi");
  const fit = (text: string) => wrapAnsi(text, options.width, { hard: true });
  if (lessons.length === module.lessons.length) {
    out.push(theme.heading(`${plainText(module.title)}`), fit(plainText(module.summary)), "");
  }
  for (const lesson of lessons) {
    const index = module.lessons.indexOf(lesson);
    out.push(rule);
    const title = `${index + 1}. ${plainText(lesson.title)}`;
    const where = `(${module.id}, lesson ${index + 1} of ${module.lessons.length})`;
    // The title and where it is on one line when they fit, else one under the other.
    out.push(
      title.length + 2 + where.length <= options.width
        ? `${theme.heading(title)}  ${theme.dim(where)}`
        : `${fit(theme.heading(title))}\n${theme.dim(where)}`,
    );
    out.push(rule, "");
    pushAll(out, [...(await renderLessonBody(lesson, options)), ""]);
  }
  return out.join("\n");
}
