/** Field-by-field difference of two flat snapshots; only fields whose values differ. */
export function diffSnapshots(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, { before: unknown; after: unknown }> {
  const fields: Record<string, { before: unknown; after: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === "id") continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) fields[key] = { before: b, after: a };
  }
  return fields;
}

/** The column values of an entity, without getters or loaded relations. */
export function snapshot(entity: object): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) values[key] = value;
  }
  return values;
}
