import type { CommandContext } from "../../shared/context.js";
import { collectModules } from "../../core/modules-info.js";
import { printModules } from "../../ui/modules-view.js";
import { courseOf, openStore } from "../shared.js";

export async function runModules(ctx: CommandContext, options: { json?: boolean | undefined }) {
  const course = await courseOf(ctx);
  const store = openStore(ctx);
  const info = collectModules(course, await store.summary());
  if (options.json) ctx.output.out(JSON.stringify(info, null, 2));
  else printModules(ctx.output, info);
}
