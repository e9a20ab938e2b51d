// What review prints: the due list, and where the learner stands.
import type { ReviewPlan } from "../core/review-plan.js";
import { fromNow } from "./progress-view.js";

export function dueJson(review: ReviewPlan): string {
  return JSON.stringify(
    {
      due: review.due.map((c) => ({
        id: c.question,
        module: c.module,
        due: c.due,
        reps: c.reps,
        lapses: c.lapses,
      })),
      nextDue: review.next ?? null,
      learnAhead: review.learnAhead,
    },
    null,
    2,
  );
}

export function dueLines(review: ReviewPlan): string[] {
  return review.due.map((card) => {
    const prompt = review.questions.get(card.question)?.prompt ?? "";
    return `${card.question} (${card.module}): ${prompt.replace(/\s+/g, " ")}`;
  });
}

/** "3 due now; the next question is due in 2 days." */
export function dueStatus(review: ReviewPlan, now: Date): string {
  if (review.empty) {
    return "Nothing to review yet: questions you answer in a quiz or exam come back here when due.";
  }
  const n = review.due.length;
  if (review.learnAhead) {
    return `Nothing is due now; learning ahead: ${n} question${n === 1 ? "" : "s"} due within the next 20 minutes (eks-primer review asks ${n === 1 ? "it" : "them"}).`;
  }
  const head = n === 0 ? "Nothing is due for review now" : `${n} due now`;
  return `${head}${review.next ? `; the next question is due ${fromNow(review.next, now)}` : ""}.`;
}

export function reviewHeading(review: ReviewPlan): string {
  const n = review.asked.length;
  const of = n < review.due.length ? ` (of ${review.due.length})` : "";
  if (review.learnAhead) {
    return `Nothing is due now. Learning ahead: ${n} question${n === 1 ? "" : "s"}${of} due within the next 20 minutes, soonest first.`;
  }
  return `Review: ${n} question${n === 1 ? "" : "s"} due${of}, most overdue first.`;
}

/** After a review: what is still due, or when the next one is. */
export function afterReview(left: number, next: string | undefined, now: Date): string {
  return left > 0
    ? `${left} question${left === 1 ? " is" : "s are"} still due: eks-primer review`
    : `Nothing left due now${next ? `; the next question is due ${fromNow(next, now)}` : ""}.`;
}
