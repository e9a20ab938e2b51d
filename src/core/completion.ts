// Shell completion scripts, generated from the program's commands and the course's ids.

export interface CompletionCommand {
  name: string;
  aliases: string[];
  /** Long flags. */
  options: string[];
  /** Short flags by their long flag: { "--module": "-m" }. */
  shorts?: Record<string, string> | undefined;
  /** What the command's positional argument completes to. */
  argument?: "module" | "term" | "file" | "shell" | undefined;
}

export interface CompletionSpec {
  bin: string;
  globalOptions: string[];
  commands: CompletionCommand[];
  modules: string[];
  /** Lesson ids by module id. */
  lessons: Record<string, string[]>;
  /** Flags (long and short) that take a value: the word after them is not an argument. */
  valueOptions: string[];
  terms: string[];
}

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** Options whose value is a module id, a lesson id, or a file. */
const MODULE_OPTIONS = ["--module", "-m"];
const LESSON_OPTION = "--lesson";
const FILE_OPTIONS = ["--content", "--answers", "--output"];

const words = (list: readonly string[]) => list.join(" ");
const fn = (spec: CompletionSpec) => `_${spec.bin.replace(/[^a-zA-Z0-9]/g, "_")}`;
const single = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case "bash":
      return bash(spec);
    case "zsh":
      return zsh(spec);
    case "fish":
      return fish(spec);
  }
}

/**
 * The arms of a shell \`case\` on a module id, each giving that module's lesson ids; any other word
 * (no module named) gives every \`module/lesson\`, as \`--lesson\` takes anywhere in the course.
 */
function lessonCases(
  spec: CompletionSpec,
  arm: (pattern: string, ids: string[]) => string,
  any = "*",
): string {
  const all = Object.entries(spec.lessons).flatMap(([m, ids]) => ids.map((id) => `${m}/${id}`));
  return [...Object.entries(spec.lessons).map(([m, ids]) => arm(m, ids)), arm(any, all)].join("\n");
}

function argumentWords(spec: CompletionSpec, command: CompletionCommand): string {
  switch (command.argument) {
    case "module":
      return words(spec.modules);
    case "term":
      // Shells expand completion word lists: only plain words, never `$(...)`, quotes or controls.
      return words(spec.terms.filter((t) => /^[\p{L}\p{N}._+:@/-]+$/u.test(t)));
    case "shell":
      return words(SHELLS);
    default:
      return "";
  }
}

function bash(spec: CompletionSpec): string {
  const name = fn(spec);
  const cases = spec.commands
    .map((c) => {
      const names = [c.name, ...c.aliases].join("|");
      const files = c.argument === "file" ? "files=1; " : "";
      return `    ${names}) opts=${single(words([...c.options, ...spec.globalOptions, "--help"]))}; args=${single(argumentWords(spec, c))}; ${files};;`;
    })
    .join("\n");
  return `# ${spec.bin} completion for bash. Load it in ~/.bashrc:
#   source <(${spec.bin} completion bash)
${name}_lessons() {
  local i seen=0 module=""
  for ((i = 1; i < COMP_CWORD - 1; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${spec.valueOptions.join("|")}) ((i++)) ;;
      -*) ;;
      *) if ((seen)); then module="\${COMP_WORDS[i]}"; break; fi; seen=1 ;;
    esac
  done
  case "$module" in
${lessonCases(spec, (m, ids) => `    ${m}) echo ${single(words(ids))} ;;`)}
  esac
}
${name}() {
  local cur prev cmd opts args files i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --content) ((i++)) ;;
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$prev" in
    ${MODULE_OPTIONS.join("|")}) COMPREPLY=($(compgen -W ${single(words(spec.modules))} -- "$cur")); return ;;
    ${LESSON_OPTION}) COMPREPLY=($(compgen -W "$(${name}_lessons)" -- "$cur")); return ;;
    ${FILE_OPTIONS.join("|")}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W ${single(words([...spec.commands.flatMap((c) => [c.name, ...c.aliases]), ...spec.globalOptions, "--help", "--version"]))} -- "$cur"))
    return
  fi
  opts=""; args=""; files=""
  case "$cmd" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -n "$files" ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$args" -- "$cur"))
  fi
}
complete -F ${name} ${spec.bin}
`;
}

function zsh(spec: CompletionSpec): string {
  const name = fn(spec);
  const commands = spec.commands
    .flatMap((c) => [c.name, ...c.aliases])
    .map((c) => single(c))
    .join(" ");
  const cases = spec.commands
    .map((c) => {
      const names = [c.name, ...c.aliases].join("|");
      const arg = c.argument === "file" ? "_files" : `compadd -- ${argumentWords(spec, c)}`;
      return `      ${names})
        if [[ $words[CURRENT] == -* ]]; then
          compadd -- ${words([...c.options, ...spec.globalOptions, "--help"])}
        else
          ${arg}
        fi ;;`;
    })
    .join("\n");
  return `#compdef ${spec.bin}
# ${spec.bin} completion for zsh. Load it in ~/.zshrc (after compinit):
#   source <(${spec.bin} completion zsh)
${name}_lessons() {
  local i seen=0 module=""
  for (( i = 2; i < CURRENT - 1; i++ )); do
    case $words[i] in
      ${spec.valueOptions.join("|")}) (( i++ )) ;;
      -*) ;;
      *) if (( seen )); then module=$words[i]; break; fi; seen=1 ;;
    esac
  done
  case $module in
${lessonCases(spec, (m, ids) => `    ${m}) compadd -- ${words(ids)} ;;`)}
  esac
}
${name}() {
  case $words[CURRENT-1] in
    ${MODULE_OPTIONS.join("|")}) compadd -- ${words(spec.modules)}; return ;;
    ${LESSON_OPTION}) ${name}_lessons; return ;;
    ${FILE_OPTIONS.join("|")}) _files; return ;;
  esac
  if (( CURRENT == 2 )); then
    compadd -- ${commands} ${words(spec.globalOptions)} --help --version
    return
  fi
  case $words[2] in
${cases}
  esac
}
compdef ${name} ${spec.bin}
`;
}

function fish(spec: CompletionSpec): string {
  const lessons = `${fn(spec)}_lessons`;
  const lines = [
    `# ${spec.bin} completion for fish. Install it:`,
    `#   ${spec.bin} completion fish > ~/.config/fish/completions/${spec.bin}.fish`,
    `complete -c ${spec.bin} -f`,
    `function ${lessons}`,
    "  set -l seen 0; set -l skip 0; set -l module ''",
    "  for w in (commandline -opc)[2..-1]",
    "    if test $skip -eq 1; set skip 0; continue; end",
    "    switch $w",
    `      case ${words(spec.valueOptions)}; set skip 1`,
    "      case '-*'",
    "      case '*'",
    "        if test $seen -eq 1; set module $w; break; end",
    "        set seen 1",
    "    end",
    "  end",
    "  switch $module",
    lessonCases(spec, (m, ids) => `    case ${m}\n      printf '%s\\n' ${words(ids)}`, "'*'"),
    "  end",
    "end",
  ];
  const all = spec.commands.flatMap((c) => [c.name, ...c.aliases]);
  for (const c of spec.commands) {
    lines.push(
      `complete -c ${spec.bin} -n "not __fish_seen_subcommand_from ${words(all)}" -a ${c.name}`,
    );
    for (const option of c.options) {
      const long = option.replace(/^--/, "");
      const requires = MODULE_OPTIONS.includes(option)
        ? ` -x -a ${single(words(spec.modules))}`
        : option === LESSON_OPTION
          ? ` -x -a '(${lessons})'`
          : FILE_OPTIONS.includes(option)
            ? " -r -F"
            : "";
      const short = c.shorts?.[option];
      lines.push(
        `complete -c ${spec.bin} -n "__fish_seen_subcommand_from ${[c.name, ...c.aliases].join(" ")}"${short ? ` -s ${short.replace(/^-/, "")}` : ""} -l ${long}${requires}`,
      );
    }
    const arg = argumentWords(spec, c);
    if (arg) {
      lines.push(
        `complete -c ${spec.bin} -n "__fish_seen_subcommand_from ${[c.name, ...c.aliases].join(" ")}" -a ${single(arg)}`,
      );
    }
  }
  for (const option of spec.globalOptions) {
    lines.push(`complete -c ${spec.bin} -l ${option.replace(/^--/, "")}`);
  }
  return `${lines.join("\n")}\n`;
}
