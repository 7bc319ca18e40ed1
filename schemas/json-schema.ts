// The JSON Schema of output records, generated from the zod contract (schemas/record.ts).
import { z } from "zod";
import { OutputRecord } from "./record.ts";

export const JSON_SCHEMA_PATH = new URL("./record.schema.json", import.meta.url);

export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(OutputRecord, { target: "draft-2020-12", unrepresentable: "any" });
  return `${JSON.stringify({ $id: "https://news-signal.dev/schemas/record@1.json", title: "news-signal output record", ...schema }, null, 2)}\n`;
}
