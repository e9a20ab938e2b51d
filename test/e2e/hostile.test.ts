// Failures that need a real process: standard input and output that are devices, closed or cut
// short, and a progress folder another user cannot write.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, VALID_PACK } from "../helpers/paths.js";

const node = process.execPath;

/** Runs a shell line with $CLI set to the built binary; returns its exit code and streams. */
function shell(line: string, env: Record<string, string> = {}) {
  const home = mkdtempSync(join(tmpdir(), "eks-primer-e2e-hostile-"));
  const result = spawnSync("bash", ["-c", line], {
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      EKS_PRIMER_HOME: home,
      CLI: `${JSON.stringify(node)} ${JSON.stringify(BIN)}`,
      ...env,
    },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("standard streams that fail", () => {
  it("--answers - </dev/zero stops at the 5 MB limit", () => {
    const { code, stderr } = shell("eval $CLI quiz --answers - </dev/zero");
    expect(code).toBe(2);
    expect(stderr).toBe(
      "error: standard input is over 5 MB, the limit for an answers file\n" +
        "hint: an answers file holds one short answer per question: check what you gave to --answers\n",
    );
  });

  it("--answers - with standard input closed is a designed error", () => {
    // Node opens /dev/null in place of a closed descriptor 0 (EBADF itself: the command tests).
    const { code, stderr } = shell("eval $CLI quiz --answers - <&-");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: .*\n( {2}.*\n)*hint: .*\n$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.runIf(existsSync("/dev/full"))("export >/dev/full names the stream and ENOSPC", () => {
    const { code, stderr } = shell("eval $CLI export >/dev/full");
    expect(code).toBe(2);
    expect(stderr).toBe(
      "error: cannot write to standard output: no space left on the device\n" +
        "hint: send the output to a file or device that has room and can be written\n",
    );
  });

  it("a reader that stops early (EPIPE) is a quiet exit", () => {
    const { stdout, stderr } = shell(
      `eval $CLI --content ${JSON.stringify(VALID_PACK)} learn basics --print | head -c 1 >/dev/null; sleep 0.1; echo "\${PIPESTATUS[0]}"`,
    );
    expect(stdout.trim()).toBe("0");
    expect(stderr).toBe("");
  });
});

// Root may write anywhere: these run as the unprivileged user "nobody" when the tests run as root.
const asNobody =
  process.getuid?.() === 0 && existsSync("/usr/bin/setpriv")
    ? "setpriv --reuid=65534 --regid=65534 --clear-groups"
    : undefined;

describe.runIf(asNobody)("a progress folder the user cannot write", () => {
  const answers = join(mkdtempSync(join(tmpdir(), "eks-primer-e2e-answers-")), "a.yaml");
  writeFileSync(answers, "{}\n");
  chmodSync(join(answers, ".."), 0o755);

  it("an unwritable EKS_PRIMER_HOME: EACCES at once, no lock diagnosis", () => {
    const home = mkdtempSync(join(tmpdir(), "eks-primer-e2e-ro-"));
    chmodSync(home, 0o555);
    const { code, stderr } = shell(
      `${asNobody} ${node} ${BIN} quiz --module intro --answers ${answers}`,
      {
        EKS_PRIMER_HOME: home,
      },
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      `error: cannot keep progress in ${home}: permission denied\n` +
        "hint: set EKS_PRIMER_HOME to a folder you can write (it is created when missing)\n",
    );
  });

  it("HOME unset for a user whose home cannot be written", () => {
    const { code, stderr } = shell(
      `env -u HOME -u EKS_PRIMER_HOME ${asNobody} ${node} ${BIN} quiz --module intro --answers ${answers}`,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^error: cannot keep progress in \/.*: permission denied\nhint: set EKS_PRIMER_HOME to a folder you can write, or fix the permissions of this one\n$/,
    );
  });

  it("HOME unset for a user the system has no home folder for", () => {
    const noPasswd = asNobody?.replace(/65534/g, "12345");
    const { code, stderr } = shell(
      `env -u HOME -u EKS_PRIMER_HOME ${noPasswd} ${node} ${BIN} quiz --module intro --answers ${answers}`,
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "error: cannot find your home folder: HOME is not set, and the system names none for this user\n" +
        "hint: set HOME to your home folder (and EKS_PRIMER_HOME to keep progress elsewhere)\n",
    );
  });
});
