const NUMBER_WORDS = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT"];

/** "Select TWO", as the course's knowledge checks say it (digits past eight). */
export function selectHeading(count: number): string {
  return `Select ${NUMBER_WORDS[count] ?? String(count)}`;
}
