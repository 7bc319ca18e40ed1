// Stage 6: every fact and then the whole record against the zod contract. An invalid fact is dropped with
// an error diagnostic that keeps its path; a record that still fails becomes an INVALID error record.
import { Fact, KnowledgeRecord, type Diagnostic } from "../schemas/record.ts";
import type { z } from "zod";

export function formatIssues(issues: z.core.$ZodIssue[], prefix: (string | number)[] = []): string {
  return issues
    .slice(0, 5)
    .map((i) => `${[...prefix, ...i.path].join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}

export function validFacts(facts: unknown[], diagnostics: Diagnostic[]): Fact[] {
  const kept: Fact[] = [];
  facts.forEach((fact, i) => {
    const result = Fact.safeParse(fact);
    if (result.success) kept.push(result.data);
    else {
      const evidence = (fact as { evidence?: { start?: number; end?: number } }).evidence;
      diagnostics.push({
        severity: "error",
        rule: "validate.fact",
        message: `fact dropped: ${formatIssues(result.error.issues, ["facts", i])}`,
        start: typeof evidence?.start === "number" ? evidence.start : null,
        end: typeof evidence?.end === "number" ? evidence.end : null,
      });
    }
  });
  return kept;
}

export type ValidationResult = { ok: true; record: KnowledgeRecord } | { ok: false; message: string };

export function validateRecord(record: unknown): ValidationResult {
  const result = KnowledgeRecord.safeParse(record);
  return result.success ? { ok: true, record: result.data } : { ok: false, message: formatIssues(result.error.issues) };
}
