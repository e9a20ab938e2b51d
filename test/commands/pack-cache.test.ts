// A --content pack is compiled once and cached beside the store, keyed by its files' fingerprint;
// a changed file is read again, and validate always reads the files.
import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const fresh = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

function setUp() {
  const pack = join(fresh("eks-pack-"), "pack");
  cpSync(VALID_PACK, pack, { recursive: true });
  const home = fresh("eks-pack-home-");
  return { pack, home, env: { EKS_PRIMER_HOME: home } };
}

describe("the compiled pack cache", () => {
  it("compiles a pack once, then serves the cache until a file changes", async () => {
    const { pack, home, env } = setUp();
    const first = await runCli(["modules", "--json", "--content", pack], { env });
    expect(first.code).toBe(0);
    const cacheFiles = readdirSync(join(home, "packs"));
    expect(cacheFiles).toHaveLength(1);
    const cacheFile = join(home, "packs", cacheFiles[0] ?? "");
    // A cache edited by hand shows it is used while the pack's files are unchanged...
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as {
      value: { modules: { title: string }[] };
    };
    const [module] = cached.value.modules;
    if (module) module.title = "Served from the cache";
    writeFileSync(cacheFile, JSON.stringify(cached));
    const second = await runCli(["modules", "--content", pack], { env });
    expect(second.stdout).toContain("Served from the cache");
    // ...and not once a file of the pack changes.
    const course = join(pack, "course.yaml");
    writeFileSync(course, `${readFileSync(course, "utf8")}\n`);
    utimesSync(course, new Date(), new Date(Date.now() + 5000));
    const third = await runCli(["modules", "--content", pack], { env });
    expect(third.stdout).not.toContain("Served from the cache");
  });

  it("serves text beyond ASCII from the cache as the files hold it", async () => {
    const { pack, env } = setUp();
    const course = join(pack, "course.yaml");
    const title = "Fixture course – Pods, naïve schedulers and ✅ checks 🚀";
    writeFileSync(
      course,
      readFileSync(course, "utf8").replace("title: Fixture course", `title: "${title}"`),
    );
    const first = await runCli(["modules", "--json", "--content", pack], { env });
    const second = await runCli(["modules", "--json", "--content", pack], { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(title);
    expect(second).toEqual(first);
  });

  it("never lets validate use it, and caches a pack's search index", async () => {
    const { pack, home, env } = setUp();
    await runCli(["modules", "--content", pack], { env });
    const search = await runCli(["search", "pods", "--json", "--content", pack], { env });
    expect(search.code).toBe(0);
    expect(readdirSync(join(home, "packs")).sort()).toEqual([
      expect.stringMatching(/\.course\.json$/),
      expect.stringMatching(/\.search\.json$/),
    ]);
    const again = await runCli(["search", "pods", "--json", "--content", pack], { env });
    expect(again.stdout).toBe(search.stdout);
    // An invalid file is reported by validate even though the cache still holds the old course.
    const [moduleDir] = readdirSync(pack, { withFileTypes: true }).filter((d) => d.isDirectory());
    const yaml = join(pack, moduleDir?.name ?? "", "module.yaml");
    writeFileSync(yaml, "questions: [not valid\n");
    const validate = await runCli(["validate", pack], { env });
    expect(validate.code).toBe(1);
  });
});
