// `practice watch` as a state machine: each check's result, failed checks per exercise, the
// hints shown, and which exercise keys act on. The command feeds it events; nothing here waits.
import { tally, type Exercise, type ExerciseResult } from "./practice.js";

export const FAILS_BEFORE_SOLUTION = 3;

export interface WatchState {
  /** Results in workspace order. */
  readonly results: readonly ExerciseResult[];
  /** Failed checks of a started exercise, by id. */
  readonly failures: ReadonlyMap<string, number>;
  /** Hints shown, by id. */
  readonly hints: ReadonlyMap<string, number>;
  /** The exercise `h` and `s` act on: the last one checked while unsolved, else the next. */
  readonly current: string | undefined;
  /** `s` was pressed and allowed: the next key says whether to show the solution. */
  readonly confirming: boolean;
}

export function startWatch(results: readonly ExerciseResult[]): WatchState {
  return {
    results,
    failures: new Map(),
    hints: new Map(),
    current: tally(results).next?.id,
    confirming: false,
  };
}

/** A file was checked again. */
export function checked(state: WatchState, result: ExerciseResult): WatchState {
  const results = state.results.map((r) => (r.id === result.id ? result : r));
  const failures = new Map(state.failures);
  if (!result.solved && result.started) failures.set(result.id, (failures.get(result.id) ?? 0) + 1);
  const current = result.solved ? tally(results).next?.id : result.id;
  return { ...state, results, failures, current };
}

/** `h`: the next hint of the current exercise, and how many are left after it. */
export function nextHint(
  state: WatchState,
  exercise: Exercise | undefined,
): { state: WatchState; hint?: string; number?: number; left: number } {
  if (!exercise || exercise.id !== state.current) return { state, left: 0 };
  const shown = state.hints.get(exercise.id) ?? 0;
  const hint = exercise.hints[shown];
  if (hint === undefined) return { state, left: 0 };
  const hints = new Map(state.hints).set(exercise.id, shown + 1);
  return {
    state: { ...state, hints },
    hint,
    number: shown + 1,
    left: exercise.hints.length - shown - 1,
  };
}

/** `s`: whether the solution of the current exercise may be shown (after three failed checks). */
export function solutionAllowed(state: WatchState): { allowed: boolean; failures: number } {
  const failures = state.current === undefined ? 0 : (state.failures.get(state.current) ?? 0);
  return { allowed: failures >= FAILS_BEFORE_SOLUTION, failures };
}

/**
 * Runs `act(key)` once per key after `key` has been quiet for `ms`: an editor's save is often
 * several writes. `schedule` is setTimeout in the program and a fake in tests.
 */
export function createDebouncer(
  ms: number,
  act: (key: string) => void,
  schedule: (run: () => void, ms: number) => { cancel(): void },
): (key: string) => void {
  const pending = new Map<string, { cancel(): void }>();
  return (key) => {
    pending.get(key)?.cancel();
    pending.set(
      key,
      schedule(() => {
        pending.delete(key);
        act(key);
      }, ms),
    );
  };
}
