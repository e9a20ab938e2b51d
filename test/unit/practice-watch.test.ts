import { describe, expect, it } from "vitest";
import type { CommandQuestion } from "../../src/content/model.js";
import type { ExerciseResult } from "../../src/core/practice.js";
import { answerOf, exerciseFile, exerciseText } from "../../src/core/practice.js";
import {
  checked,
  createDebouncer,
  nextHint,
  solutionAllowed,
  startWatch,
} from "../../src/core/practice-watch.js";

const result = (id: string, solved: boolean, started = true): ExerciseResult => ({
  id,
  module: "m",
  file: `m/${id}.sh`,
  type: "command",
  solved,
  started,
  problems: solved ? [] : [{ message: "wrong" }],
});

const exercise: CommandQuestion = {
  id: "storage-add-on",
  module: "storage",
  revision: 1,
  type: "command",
  prompt: "Install the add-on.",
  explanation: "e",
  lessons: [],
  program: "aws",
  path: ["eks", "create-addon"],
  args: [],
  required: { "--addon-name": "aws-ebs-csi-driver" },
  allowed: [],
  aliases: {},
  references: ["aws eks create-addon --addon-name aws-ebs-csi-driver"],
  hints: ["It is an add-on.", "Name it."],
};

describe("practice watch", () => {
  it("acts on the exercise checked last while unsolved, then on the next unsolved", () => {
    let state = startWatch([
      result("a", true),
      result("b", false, false),
      result("c", false, false),
    ]);
    expect(state.current).toBe("b");
    state = checked(state, result("c", false));
    expect(state.current).toBe("c");
    state = checked(state, result("c", true));
    expect(state.current).toBe("b");
  });

  it("offers the solution after three failed checks, not before", () => {
    let state = startWatch([{ ...result("storage-add-on", false, false) }]);
    for (let i = 1; i <= 3; i++) {
      expect(solutionAllowed(state)).toEqual({ allowed: false, failures: i - 1 });
      state = checked(state, result("storage-add-on", false));
    }
    expect(solutionAllowed(state)).toEqual({ allowed: true, failures: 3 });
  });

  it("shows the hints one at a time, then says there are no more", () => {
    let state = startWatch([result("storage-add-on", false, false)]);
    const first = nextHint(state, exercise);
    expect(first).toMatchObject({ hint: "It is an add-on.", number: 1, left: 1 });
    state = first.state;
    const second = nextHint(state, exercise);
    expect(second).toMatchObject({ hint: "Name it.", number: 2, left: 0 });
    expect(nextHint(second.state, exercise).hint).toBeUndefined();
  });

  it("debounces: one check per file after it has been quiet", () => {
    const timers: { run: () => void; cancelled: boolean }[] = [];
    const acted: string[] = [];
    const changed = createDebouncer(
      150,
      (key) => acted.push(key),
      (run) => {
        const timer = { run, cancelled: false };
        timers.push(timer);
        return { cancel: () => (timer.cancelled = true) };
      },
    );
    changed("a");
    changed("a");
    changed("b");
    for (const t of timers) if (!t.cancelled) t.run();
    expect(acted).toEqual(["a", "b"]);
  });
});

describe("practice files", () => {
  it("names a file by module, number and id, and holds the task, the hints and an empty line", () => {
    expect(exerciseFile(exercise, 3)).toBe("storage/03-add-on.sh");
    const text = exerciseText(exercise);
    expect(text).toMatch(/^# eks-primer practice: storage-add-on\n#\n# Install the add-on\.\n/);
    expect(text).toContain("# - It is an add-on.");
    expect(answerOf(exercise, text)).toBeUndefined();
  });

  it("reads the command under the comments, continuation lines joined", () => {
    const text = `${exerciseText(exercise)}aws eks create-addon \\\n  --addon-name aws-ebs-csi-driver\n`;
    expect(answerOf(exercise, text)).toBe(
      "aws eks create-addon    --addon-name aws-ebs-csi-driver",
    );
    expect(answerOf(exercise, "# x\nls\npwd\n")).toBe("ls ; pwd");
  });
});
