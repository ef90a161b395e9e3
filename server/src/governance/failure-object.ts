import { Agreement } from "../agreements/entities";
import { ApplicationUsage } from "../applications/entities";
import { Collaboration } from "../collaborations/entities";
import type { Node } from "../core/node";
import type { FactsOn } from "../history/reader";
import { RoleAssignment } from "../roles/entities";
import { GovernanceDocument } from "./entities";
import type { ObjectRef } from "./rule";

/** How the object of each type a rule may fail is found on a date, through the one reader of facts. */
const LOOKUPS: Record<string, (facts: FactsOn, id: number) => Promise<Node | undefined>> = {
  [ApplicationUsage.typeName]: async (facts, id) => (await facts.usages()).get(id),
  [Collaboration.typeName]: async (facts, id) => (await facts.collaborations()).get(id),
  [RoleAssignment.typeName]: async (facts, id) => (await facts.rolesById()).get(id),
  [Agreement.typeName]: async (facts, id) => (await facts.agreementsById()).get(id)?.agreement,
  [GovernanceDocument.typeName]: async (facts, id) => (await facts.governanceDocumentsById()).get(id),
};

/** A failure's object as it stands in `facts` (the report's date and data version); null should it not exist there. */
export async function failureObject(facts: FactsOn, ref: ObjectRef): Promise<Node | null> {
  const lookup = LOOKUPS[ref.type];
  if (!lookup) throw new Error(`No governance rule fails objects of type ${ref.type}.`);
  return (await lookup(facts, ref.id)) ?? null;
}
