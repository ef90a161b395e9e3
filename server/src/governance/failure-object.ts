import { Agreement } from "../agreements/entities";
import { ApplicationUsage } from "../applications/entities";
import { Collaboration } from "../collaborations/entities";
import type { Node } from "../core/node";
import type { FactKind, FactsOn, FactValue } from "../history/reader";
import { RoleAssignment } from "../roles/entities";
import { GovernanceDocument } from "./entities";
import type { ObjectRef } from "./rule";

interface Lookup<K extends FactKind> {
  kind: K;
  find: (value: FactValue<K>, id: number) => Node | undefined;
}

const lookup = <K extends FactKind>(kind: K, find: Lookup<K>["find"]): Lookup<K> => ({ kind, find });

/** Where the object of each type a rule may fail is found on a date: a kind of the one reader of facts, by id. */
const LOOKUPS: Record<string, Lookup<"usages"> | Lookup<"collaborations"> | Lookup<"rolesById"> | Lookup<"agreementsById"> | Lookup<"governanceDocumentsById">> = {
  [ApplicationUsage.typeName]: lookup("usages", (usages, id) => usages.get(id)),
  [Collaboration.typeName]: lookup("collaborations", (collaborations, id) => collaborations.get(id)),
  [RoleAssignment.typeName]: lookup("rolesById", (roles, id) => roles.get(id)),
  [Agreement.typeName]: lookup("agreementsById", (agreements, id) => agreements.get(id)?.agreement),
  [GovernanceDocument.typeName]: lookup("governanceDocumentsById", (documents, id) => documents.get(id)),
};

/**
 * A failure's object as it stands in `facts` (the report's date and data version); null should it
 * not exist there. Found at once when the reader has read its kind (as it has for every report it
 * judged), so a report of thousands of failures does not wait on a promise for each.
 */
export function failureObject(facts: FactsOn, ref: ObjectRef): Node | null | Promise<Node | null> {
  const { kind, find } = LOOKUPS[ref.type] ?? {};
  if (!kind || !find) throw new Error(`No governance rule fails objects of type ${ref.type}.`);
  const found = (value: unknown) => (find as (value: unknown, id: number) => Node | undefined)(value, ref.id) ?? null;
  const loaded = facts.loaded(kind);
  return loaded !== undefined ? found(loaded) : (facts[kind]() as Promise<unknown>).then(found);
}
