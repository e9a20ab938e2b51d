import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function completionCommand(): Command {
  return new Command("completion")
    .argument("<shell>", "bash, zsh or fish")
    .description(
      "print a shell completion script (commands, options, module and lesson ids, glossary terms)",
    )
    .addHelpText(
      "after",
      examples(
        "$ source <(eks-primer completion bash)   bash: add the line to ~/.bashrc",
        "$ source <(eks-primer completion zsh)    zsh: to ~/.zshrc, after compinit",
        "$ eks-primer completion fish > ~/.config/fish/completions/eks-primer.fish",
      ),
    )
    .action(async (shell: string, _options: unknown, command: Command) => {
      const { runCompletion } = await import("./run.js");
      const program = command.parent ?? command;
      await runCompletion(contextOf(command), shell, program);
    });
}
