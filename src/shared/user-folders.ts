// The per-user folders eks-primer writes to, where env-paths (which conf uses) puts them: the
// config folder for the progress store, the cache folder for compiled code. Computed here rather
// than by loading env-paths, which reads the home folder as it loads; tests compare the two.
import { homedir } from "node:os";
import { join } from "node:path";

interface Layout {
  /** Under the home folder on macOS. */
  darwin: string[];
  /** On Windows: a variable, the folder under home when it is unset, and a last part. */
  win32: { variable: string; fallback: string[]; leaf: string };
  /** Elsewhere: an XDG variable, and the folder under home when it is unset. */
  xdg: { variable: string; fallback: string };
}

const LAYOUTS: Record<"config" | "cache", Layout> = {
  config: {
    darwin: ["Library", "Preferences"],
    win32: { variable: "APPDATA", fallback: ["AppData", "Roaming"], leaf: "Config" },
    xdg: { variable: "XDG_CONFIG_HOME", fallback: ".config" },
  },
  cache: {
    darwin: ["Library", "Caches"],
    win32: { variable: "LOCALAPPDATA", fallback: ["AppData", "Local"], leaf: "Cache" },
    xdg: { variable: "XDG_CACHE_HOME", fallback: ".cache" },
  },
};

/** The folder of `kind` named `name` for this user (env-paths' `config` or `cache`). */
export function userFolder(
  kind: "config" | "cache",
  name: string,
  env: Record<string, string | undefined> = process.env,
  platform: string = process.platform,
): string {
  const { darwin, win32, xdg } = LAYOUTS[kind];
  if (platform === "darwin") return join(homedir(), ...darwin, name);
  if (platform === "win32") {
    return join(env[win32.variable] || join(homedir(), ...win32.fallback), name, win32.leaf);
  }
  return join(env[xdg.variable] || join(homedir(), xdg.fallback), name);
}
