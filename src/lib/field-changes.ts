/** One field of a record changed: what an audit-log entry and an import preview list. */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

function comparable(v: unknown): string {
  return JSON.stringify(v ?? null);
}

/** The fields whose values differ, in the order given. */
export function diffFields<T extends object>(before: T, after: Partial<T>, fields: readonly (keyof T & string)[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!(field in after)) continue;
    const oldValue = before[field] ?? null;
    const newValue = after[field] ?? null;
    if (comparable(oldValue) !== comparable(newValue)) changes.push({ field, old: oldValue, new: newValue });
  }
  return changes;
}
