import DataLoader from "dataloader";
import { whereIn } from "../db/where-in";
import { byId, childrenOf, type LoaderDefinition } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
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

registerNodeType(CompetenceNetwork, networkById);
registerNodeType(CompetenceNetworkMember, networkMemberById);
registerNodeType(CompetenceNetworkActivity, networkActivityById);
registerNodeType(Competence, competenceById);
registerNodeType(TrainingPlan, trainingPlanById);
registerNodeType(TrainingActivity, trainingActivityById);
registerNodeType(TrainingActivityMunicipality, activityMunicipalityById);
