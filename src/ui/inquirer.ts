// The prompts eks-primer uses, by name: the bundle keeps these and leaves out the rest of
// @inquirer/prompts (editor, expand, password, ...), which nothing here shows.
export { checkbox, confirm, input, select } from "@inquirer/prompts";
