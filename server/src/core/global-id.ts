/** Opaque global IDs: base64url of "Type:id". Clients must treat them as opaque strings. */
export function encodeGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

export interface DecodedGlobalId {
  type: string;
  id: number;
}

/** Returns null for anything that is not a well-formed global ID. */
export function decodeGlobalId(globalId: string): DecodedGlobalId | null {
  if (typeof globalId !== "string" || globalId.length === 0 || globalId.length > 200) return null;
  const text = Buffer.from(globalId, "base64url").toString("utf8");
  const match = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(text);
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? { type: match[1], id } : null;
}

/** Decodes a global ID that must name one of `types`; null otherwise. */
export function decodeIdOf(globalId: string, ...types: string[]): number | null {
  const decoded = decodeGlobalId(globalId);
  return decoded && types.includes(decoded.type) ? decoded.id : null;
}
