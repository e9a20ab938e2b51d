import { beforeAll, describe, expect, it } from "vitest";
import { loadPack } from "../../src/content/loader.js";
import type { Course } from "../../src/content/model.js";
import {
  courseReading,
  firstUnread,
  keepLine,
  markRead,
  moduleReading,
  moveOn,
  nextUnread,
  placeOf,
  resumePosition,
  savedLine,
} from "../../src/core/reading.js";
import { emptyProgress } from "../../src/store/types.js";
import { VALID_PACK } from "../helpers/paths.js";

let course: Course;
beforeAll(async () => {
  const loaded = await loadPack(VALID_PACK);
  if (!loaded.course) throw new Error("fixture pack is invalid");
  course = loaded.course;
});

const lesson = (module: string, id: string) => {
  const found = course.modules.find((m) => m.id === module)?.lessons.find((l) => l.id === id);
  if (!found) throw new Error(`no lesson ${module}/${id}`);
  return found;
};
const now = new Date("2026-11-24T10:00:00Z");

describe("reading path", () => {
  it("starts with nothing read and the first lesson next", () => {
    const progress = emptyProgress();
    expect(nextUnread(course, progress)?.id).toBe("pods");
    expect(resumePosition(course, progress)).toBeUndefined();
    expect(moduleReading(course.modules[0]!, progress)).toMatchObject({
      read: 0,
      total: 2,
      state: "not-started",
    });
  });

  it("marks a lesson read, saves the position and moves the next unread on", () => {
    const progress = markRead(emptyProgress(), lesson("basics", "pods"), now);
    expect(progress.lessonsRead).toEqual({ "basics/pods": now.toISOString() });
    expect(progress.position).toEqual({ module: "basics", lesson: "pods", at: now.toISOString() });
    expect(resumePosition(course, progress)?.id).toBe("pods");
    expect(firstUnread(course.modules[0]!, progress).id).toBe("nodes");
    expect(moduleReading(course.modules[0]!, progress).state).toBe("in-progress");
  });

  it("keeps the first reading date when a lesson is read again", () => {
    const later = new Date("2026-11-25T10:00:00Z");
    const progress = markRead(
      markRead(emptyProgress(), lesson("basics", "pods"), now),
      lesson("basics", "pods"),
      later,
    );
    expect(progress.lessonsRead["basics/pods"]).toBe(now.toISOString());
    expect(progress.position?.at).toBe(later.toISOString());
  });

  it("completes a module when every lesson is read, and the course counts it", () => {
    let progress = emptyProgress();
    for (const id of ["pods", "nodes"]) progress = markRead(progress, lesson("basics", id), now);
    expect(moduleReading(course.modules[0]!, progress).state).toBe("completed");
    expect(firstUnread(course.modules[0]!, progress).id).toBe("pods");
    expect(nextUnread(course, progress)?.id).toBe("services");
    expect(courseReading(course, progress)).toEqual({ read: 2, total: 3, modulesCompleted: 1 });
  });

  it("ignores a saved position whose lesson no longer exists", () => {
    const progress = emptyProgress();
    progress.position = { module: "basics", lesson: "removed", at: now.toISOString() };
    expect(resumePosition(course, progress)).toBeUndefined();
  });

  it("knows the lessons before and after one in its module", () => {
    expect(placeOf(course, lesson("basics", "pods"))).toMatchObject({
      index: 0,
      previous: undefined,
      next: { id: "nodes" },
    });
    expect(placeOf(course, lesson("basics", "nodes"))).toMatchObject({
      index: 1,
      previous: { id: "pods" },
      next: undefined,
    });
  });
});

describe("moving on and coming back", () => {
  it("after the last lesson of a module, Continue points at the next module's first unread lesson", () => {
    const progress = emptyProgress();
    markRead(progress, lesson("basics", "pods"), now);
    markRead(progress, lesson("basics", "nodes"), now);
    expect(resumePosition(course, progress)?.id).toBe("nodes");
    const next = moveOn(progress, course, course.modules[0]!, now);
    expect(next?.id).toBe("services");
    expect(resumePosition(course, progress)).toMatchObject({
      module: "networking",
      id: "services",
    });
  });

  it("after the last module the position stays", () => {
    const progress = emptyProgress();
    markRead(progress, lesson("networking", "services"), now);
    expect(moveOn(progress, course, course.modules[1]!, now)).toBeUndefined();
    expect(progress.position?.lesson).toBe("services");
  });

  it("keeps the line a lesson was left at, for that lesson only, until it is opened again", () => {
    const progress = emptyProgress();
    const pods = lesson("basics", "pods");
    markRead(progress, pods, now);
    keepLine(progress, pods, 17);
    expect(savedLine(progress, pods)).toBe(17);
    expect(savedLine(progress, lesson("basics", "nodes"))).toBe(0);
    keepLine(progress, lesson("basics", "nodes"), 5);
    expect(progress.position).toMatchObject({ lesson: "pods", line: 17 });
    keepLine(progress, pods, 0);
    expect(progress.position?.line).toBeUndefined();
    keepLine(progress, pods, 9);
    markRead(progress, pods, now);
    expect(savedLine(progress, pods)).toBe(0);
  });
});
