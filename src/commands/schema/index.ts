import { Command, Option } from "commander";
import { contextOf, examples } from "../define.js";

export function schemaCommand(): Command {
  return new Command("schema")
    .description("print the JSON Schema of a content file, for editors and content authors")
    .addOption(
      new Option("--file <kind>", "which file: course, module or glossary")
        .choices(["course", "module", "glossary"])
        .default("module"),
    )
    .addHelpText(
      "after",
      examples(
        "$ eks-primer schema                       the schema of module.yaml files",
        "$ eks-primer schema --file course > course.schema.json",
      ) +
        "\nEditors with the YAML language server check a file against the schema its\n" +
        "first line names:\n" +
        "  # yaml-language-server: $schema=./module.schema.json\n" +
        "The package ships the schemas in dist/schema/; the built-in course points there.\n",
    )
    .action(async (options: { file: "course" | "module" | "glossary" }, command: Command) => {
      const { runSchema } = await import("./run.js");
      runSchema(contextOf(command), options);
    });
}
