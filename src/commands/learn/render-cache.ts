// Start-up trick: lessons as rendered for a terminal width and colour setting, kept in the user's
// cache folder, so that opening a lesson read before skips the markdown renderer (loading marked
// and compiling its patterns costs more than Node's own start-up). The key covers the lesson's
// text and notes, the width, colour, and the build of eks-primer that rendered it; a changed
// lesson or a new build simply misses. Runs from src/ (tests, tsx) never use it.
import { hash } from "../../shared/hash.js";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lesson } from "../../content/model.js";
import { writeFileAtomic } from "../../shared/atomic-write.js";
import type { LessonCache } from "../../ui/lesson-view.js";
import type { RenderOptions } from "../../ui/markdown.js";

/** Entries kept at most; past it the older half goes (one lesson is a few kilobytes). */
const MAX_ENTRIES = 600;

/** The cache in `folder`, or undefined when this run is not a built eks-primer. */
export function lessonCache(folder: string): LessonCache | undefined {
  const self = fileURLToPath(import.meta.url);
  if (!self.includes(`${join("dist", "")}`)) return undefined;
  let build: string;
  try {
    const stat = statSync(self);
    build = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
  const dir = join(folder, "lessons");
  const file = (lesson: Lesson, options: RenderOptions) =>
    join(
      dir,
      `${hash([build, options.width, options.color, lesson.module, lesson.id, lesson.body, JSON.stringify(lesson.notes)].join("\u0000"))}.txt`,
    );
  return {
    read(lesson, options) {
      try {
        return readFileSync(file(lesson, options), "utf8").split("\n");
      } catch {
        return undefined;
      }
    },
    async write(lesson, options, lines) {
      // A cache that cannot be written (read-only home, full disk) is only slower.
      try {
        mkdirSync(dir, { recursive: true });
        await writeFileAtomic(file(lesson, options), lines.join("\n"));
        prune(dir);
      } catch {
        // nothing to do
      }
    },
  };
}

function prune(dir: string): void {
  const names = readdirSync(dir);
  if (names.length <= MAX_ENTRIES) return;
  const byAge = names
    .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => a.at - b.at);
  for (const { name } of byAge.slice(0, names.length - MAX_ENTRIES / 2)) {
    rmSync(join(dir, name), { force: true });
  }
}
