// npm run schema: writes schemas/record.schema.json from the zod contract.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSON_SCHEMA_PATH, jsonSchemaText } from "./json-schema.ts";

writeFileSync(JSON_SCHEMA_PATH, jsonSchemaText());
process.stderr.write(`wrote ${fileURLToPath(JSON_SCHEMA_PATH)}\n`);
