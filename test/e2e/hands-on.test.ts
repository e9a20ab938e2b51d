// A command exercise and a manifest exercise answered in a real pseudo-terminal; the editor is
// a script that writes the answer.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, HANDS_ON_PACK } from "../helpers/paths.js";
import { KEYS, spawnPty } from "../helpers/pty.js";

describe("hands-on questions in a terminal", () => {
  it("takes a typed command, then a manifest written in the editor; a wrong one is edited again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eks-primer-editor-"));
    const answer = join(dir, "answer.yaml");
    writeFileSync(
      answer,
      "apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  containers:\n    - { name: web, image: nginx:1.26 }\n",
    );
    const session = spawnPty(
      ["quiz", "--module", "basics", "--no-shuffle", "--content", HANDS_ON_PACK, "--no-save"],
      { env: { EDITOR: join(FIXTURES, "editor.mjs"), EDIT_WITH: answer }, cols: 100 },
    );
    await session.waitFor("Your answer");
    session.write(`2${KEYS.enter}`);
    // Each answer's feedback waits for Enter.
    await session.waitFor("Enter for the next question");
    let mark = session.mark();
    session.write(KEYS.enter);
    await session.waitFor("Select TWO", { since: mark });
    mark = session.mark();
    session.write(`${KEYS.space}${KEYS.down}${KEYS.down}${KEYS.space}${KEYS.enter}`);
    await session.waitFor("Enter for the next question", { since: mark });
    mark = session.mark();
    session.write(KEYS.enter);
    await session.waitFor("Type the kubectl command on one line.", { since: mark });
    await session.waitFor("$", { since: mark });
    mark = session.mark();
    session.write(`kubectl get po -A${KEYS.enter}`);
    await session.waitFor("Enter for the next question", { since: mark });
    expect(session.text()).toContain("✖ `--namespace` is missing");
    expect(session.text()).toContain("The answer: kubectl get pods --namespace kube-system");
    mark = session.mark();
    session.write(KEYS.enter);
    await session.waitFor("Your editor opens", { since: mark });
    // The editor ran and wrote a wrong image: the problem with its line and column, then `e`.
    await session.waitFor("Not right yet", { since: mark });
    expect(session.text().slice(mark)).toContain(
      "line 6, column 27: The container `web` should run `nginx:1.27`.",
    );
    writeFileSync(
      answer,
      'apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  containers:\n    - { name: web, image: "nginx:1.27" }\n',
    );
    mark = session.mark();
    session.write(KEYS.enter); // e. Edit it again
    await session.waitFor("Enter for your score", { since: mark });
    expect(session.text().slice(mark)).toContain("✔ Correct.");
    mark = session.mark();
    session.write(KEYS.enter);
    await session.waitFor("Retry the missed question now", { since: mark });
    expect(session.text()).toMatch(/Score: 3 of 4 \(75%\), passed/);
    session.write(KEYS.down + KEYS.enter); // Done
    expect((await session.exit).exitCode).toBe(0);
  });
});
