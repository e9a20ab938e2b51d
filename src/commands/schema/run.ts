import type { CommandContext } from "../../shared/context.js";
import { jsonSchemaFor, type SchemaKind } from "../../content/json-schema.js";

export function runSchema(ctx: CommandContext, options: { file: SchemaKind }): void {
  ctx.output.out(JSON.stringify(jsonSchemaFor(options.file), null, 2));
}
