import DataLoader from "dataloader";
import { costKeyOf } from "../agreements/cost-split";
import { inForceOn } from "../agreements/deadlines";
import { AgreementKind, termsOf } from "../agreements/entities";
import { agreementsByCollaboration, partiesByAgreement } from "../agreements/loaders";
import { applicationById } from "../applications/loaders";
import type { Collaboration } from "../collaborations/entities";
import { compareNames } from "../common/names";
import type { Context } from "../core/context";
import { byId, childrenOf, type LoaderDefinition } from "../core/request-loaders";
import { whereIn } from "../db/where-in";
import { registerNodeType } from "../graphql/node-registry";
import type { Municipality, PopulationFigure } from "../municipalities/entities";
import { municipalityById, populationsByMunicipality } from "../municipalities/loaders";
import {
  Competence,
  CompetenceNetwork,
  CompetenceNetworkActivity,
  CompetenceNetworkCollaboration,
  CompetenceNetworkMember,
  NetworkActivityParticipant,
  TrainingActivity,
  TrainingActivityMunicipality,
  TrainingActivityParticipant,
  TrainingPlan,
} from "./entities";
import { splitTrainingCost, type AgreedCostKey, type TrainingCostSplit } from "./training-cost";

export const networkById = byId(CompetenceNetwork);
export const networkMemberById = byId(CompetenceNetworkMember);
export const networkActivityById = byId(CompetenceNetworkActivity);
export const competenceById = byId(Competence);
export const trainingPlanById = byId(TrainingPlan);
export const trainingActivityById = byId(TrainingActivity);
export const activityMunicipalityById = byId(TrainingActivityMunicipality);

export const membersByNetwork = childrenOf(CompetenceNetworkMember, "networkId", ["joinedOn", "id"]);
export const membershipsByPerson = childrenOf(CompetenceNetworkMember, "personId", ["joinedOn", "id"]);
export const networkLinksByNetwork = childrenOf(CompetenceNetworkCollaboration, "networkId", ["collaborationId"]);
export const networkLinksByCollaboration = childrenOf(CompetenceNetworkCollaboration, "collaborationId", ["networkId"]);
/** The activity log, oldest first. */
export const activitiesByNetwork = childrenOf(CompetenceNetworkActivity, "networkId", ["occurredOn", "id"]);
export const participantsByNetworkActivity = childrenOf(NetworkActivityParticipant, "activityId", ["personId"]);

export const competencesByPerson = childrenOf(Competence, "personId", ["applicationId", "id"]);
export const competencesByApplication = childrenOf(Competence, "applicationId", ["personId", "id"]);

export const plansByUsage = childrenOf(TrainingPlan, "applicationUsageId", ["id"]);
export const plansByCollaboration = childrenOf(TrainingPlan, "collaborationId", ["id"]);
export const activitiesByPlan = childrenOf(TrainingActivity, "planId", ["heldOn", "id"]);
export const municipalitiesByTrainingActivity = childrenOf(TrainingActivityMunicipality, "activityId", ["municipalityId"]);
export const participantsByTrainingActivity = childrenOf(TrainingActivityParticipant, "activityId", ["personId"]);

/** Networks whose collaboration area is a business area (category), by category. */
export const networksByCategory: LoaderDefinition<string, CompetenceNetwork[]> = (db) =>
  new DataLoader<string, CompetenceNetwork[]>(async (categories) => {
    const rows = await whereIn(db.getRepository(CompetenceNetwork).createQueryBuilder("e"), "e.category", categories).orderBy("e.nameKey", "ASC").addOrderBy("e.id", "ASC").getMany();
    return categories.map((category) => rows.filter((n) => n.category === category));
  });

/** Competence networks serving a collaboration: linked to it, or of its application's business area; by name. */
export async function networksServing(ctx: Context, collaboration: Collaboration): Promise<CompetenceNetwork[]> {
  const [links, application] = await Promise.all([ctx.loaders.get(networkLinksByCollaboration).load(collaboration.id), ctx.loaders.get(applicationById).load(collaboration.applicationId)]);
  const linked = (await ctx.loaders.get(networkById).loadMany(links.map((l) => l.networkId))) as CompetenceNetwork[];
  const byArea = application ? await ctx.loaders.get(networksByCategory).load(application.category) : [];
  return [...linked, ...byArea.filter((n) => !linked.some((l) => l.id === n.id))].sort((a, b) => compareNames(a.name, b.name));
}

/**
 * The cost key of the samverkansavtal that covers the collaboration of the activity's plan and is
 * in force on the activity's date (the first by name when several are); null for other plans.
 */
async function agreedCostKey(ctx: Context, activity: TrainingActivity): Promise<AgreedCostKey | null> {
  const plan = await ctx.loaders.get(trainingPlanById).load(activity.planId);
  if (!plan || plan.collaborationId === null) return null;
  const agreement = (await ctx.loaders.get(agreementsByCollaboration).load(plan.collaborationId)).find(
    (ag) => ag.kind === AgreementKind.SAMVERKANSAVTAL && ag.costKey !== null && inForceOn(termsOf(ag), activity.heldOn),
  );
  const key = agreement && costKeyOf(agreement);
  if (!agreement || !key) return null;
  const parties = await ctx.loaders.get(partiesByAgreement).load(agreement.id);
  return {
    agreementId: agreement.id,
    key,
    populationYear: agreement.costKeyPopulationYear,
    shareBasisPoints: new Map(parties.filter((p) => p.municipalityId !== null && p.costShareBasisPoints !== null).map((p) => [p.municipalityId!, p.costShareBasisPoints!])),
  };
}

/** How a training activity's cost is split between the municipalities taking part (training-cost.ts); null when it is not shared or cannot be split. */
export async function trainingCostSplit(ctx: Context, activity: TrainingActivity): Promise<TrainingCostSplit | null> {
  if (activity.costOre === null) return null;
  const rows = await ctx.loaders.get(municipalitiesByTrainingActivity).load(activity.id);
  if (rows.length < 2) return null;
  const ids = rows.map((r) => r.municipalityId);
  const [municipalities, populations] = await Promise.all([ctx.loaders.get(municipalityById).loadMany(ids), ctx.loaders.get(populationsByMunicipality).loadMany(ids)]);
  const parties = rows.map((r, i) => ({ municipalityId: r.municipalityId, code: (municipalities[i] as Municipality).code, populations: populations[i] as PopulationFigure[] }));
  return splitTrainingCost(activity.costOre, activity.heldOn, parties, await agreedCostKey(ctx, activity));
}

registerNodeType(CompetenceNetwork, networkById);
registerNodeType(CompetenceNetworkMember, networkMemberById);
registerNodeType(CompetenceNetworkActivity, networkActivityById);
registerNodeType(Competence, competenceById);
registerNodeType(TrainingPlan, trainingPlanById);
registerNodeType(TrainingActivity, trainingActivityById);
registerNodeType(TrainingActivityMunicipality, activityMunicipalityById);
