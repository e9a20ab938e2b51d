// Third-party notices: every npm package whose code the bundler put into dist/ (from the build,
// so the list is exact), with its version, license and the license files it ships.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.\-_].*)?$/i;

/** The folder of the package a bundled input belongs to, or undefined for our own code. */
export function packageDir(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

/** Packages with code in the output of these metafiles: their folders, relative to `root`. */
export function bundledPackageDirs(metafiles) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const dir = packageDir(input);
        if (dir !== undefined && bytesInOutput > 0) dirs.add(dir);
      }
    }
  }
  return [...dirs];
}

/**
 * Packages whose code a bundled file already holds, as its own source map names them (uri-js's
 * dist embeds punycode): a source under a nested node_modules that is not installed there is the
 * package of that name installed at the top.
 */
export function embeddedPackageDirs(root, metafiles) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const map = join(root, `${input}.map`);
        if (bytesInOutput === 0 || packageDir(input) === undefined || !existsSync(map)) continue;
        const { sources = [] } = JSON.parse(readFileSync(map, "utf8"));
        for (const source of sources) {
          const dir = packageDir(relative(root, resolve(dirname(join(root, input)), source)));
          if (dir === undefined || dir === packageDir(input)) continue;
          const name = /node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(dir)?.[1];
          const installed = existsSync(join(root, dir, "package.json"))
            ? dir
            : `node_modules/${name}`;
          if (existsSync(join(root, installed, "package.json"))) dirs.add(installed);
        }
      }
    }
  }
  return [...dirs];
}

function describePackage(root, dir) {
  const pkg = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  const files = readdirSync(join(root, dir))
    .filter((name) => LICENSE_FILE.test(name))
    .sort();
  return {
    name: pkg.name,
    version: pkg.version,
    license: typeof pkg.license === "string" ? pkg.license : (pkg.license?.type ?? "UNKNOWN"),
    texts: files.map((name) => ({
      name,
      text: readFileSync(join(root, dir, name), "utf8").trim(),
    })),
  };
}

function fenced(text) {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/** Writes `file` and returns the packages it lists; warns about a package with no license file. */
export function writeNotices(root, metafiles, file) {
  const byId = new Map();
  for (const dir of [...bundledPackageDirs(metafiles), ...embeddedPackageDirs(root, metafiles)]) {
    const pkg = describePackage(root, dir);
    byId.set(`${pkg.name}@${pkg.version}`, pkg);
  }
  const packages = [...byId.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
  const lines = [
    "# Third-party notices",
    "",
    "eks-primer's `dist/` bundles code from the npm packages below. Each is listed with its",
    "version, its license and the license text it ships.",
    "",
    "| package | version | license |",
    "| --- | --- | --- |",
    ...packages.map((p) => `| ${p.name} | ${p.version} | ${p.license} |`),
  ];
  for (const p of packages) {
    lines.push("", `## ${p.name} ${p.version}`, "", `License: ${p.license}`);
    if (p.texts.length === 0) {
      console.warn(`notices: ${p.name} ${p.version} ships no license file`);
      lines.push(
        "",
        "The package ships no license file; its package.json names the license above.",
      );
    }
    for (const { name, text } of p.texts) lines.push("", `${name}:`, "", fenced(text));
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
  return packages;
}
