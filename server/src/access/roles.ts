import { registerEnumType } from "type-graphql";

/** What a token may do. Higher roles include the lower ones. */
export enum Role {
  READER = "READER",
  EDITOR = "EDITOR",
  ADMIN = "ADMIN",
}

registerEnumType(Role, {
  name: "Role",
  description: "An API token's role.",
  valuesConfig: {
    READER: { description: "Reads everything except personal contact details of other municipalities." },
    EDITOR: { description: "Changes its own municipality's data, and shared data where that municipality participates." },
    ADMIN: { description: "IT-chefsgruppen or the collaboration body's office (kommunalförbundet): changes everything, manages tokens, reads the audit log." },
  },
});

const rank: Record<Role, number> = { READER: 1, EDITOR: 2, ADMIN: 3 };

export function roleIncludes(held: Role, needed: Role): boolean {
  return rank[held] >= rank[needed];
}

export function parseRole(text: string): Role | null {
  const upper = text.toUpperCase();
  return (Object.values(Role) as string[]).includes(upper) ? (upper as Role) : null;
}
