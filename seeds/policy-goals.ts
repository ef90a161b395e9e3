import type { EntityManager } from "typeorm";
import { PolicyGoal } from "../server/src/reports/entities";
import { lookup, readOptionalSeedFile, type SeedRefs } from "./refs";

interface SeedPolicyGoal {
  title: string;
  description?: string;
  deadline: string;
  achievedOn?: string | null;
  collaborationBody?: string | null;
}

/** The IT-policy's goals with dates (policy-goals.json). */
export async function writePolicyGoals(em: EntityManager, refs: SeedRefs): Promise<void> {
  for (const g of readOptionalSeedFile<SeedPolicyGoal[]>(refs.dir, "policy-goals.json") ?? []) {
    await em.insert(PolicyGoal, {
      title: g.title,
      description: g.description ?? null,
      deadline: g.deadline,
      achievedOn: g.achievedOn ?? null,
      collaborationBodyId: g.collaborationBody ? lookup(refs.bodies, g.collaborationBody, "collaboration body").id : null,
    });
  }
}
