import DataLoader from "dataloader";
import { CollaborationLevel } from "../collaborations/entities";
import { byId, childrenOf, type LoaderDefinition } from "../core/request-loaders";
import { registerKeyedNodeType, registerNodeType } from "../graphql/node-registry";
import { candidateById, candidates } from "./service";
import { CollaborationCandidate } from "./types";
import { ChangeFreeze, DecisionEffect, FreezeException, NeedRegistration, RecommendationDecision, TriggerSettings } from "./entities";

export const changeFreezeById = byId(ChangeFreeze);
export const decisionById = byId(RecommendationDecision);
export const triggerSettingsById = byId(TriggerSettings);
export const needRegistrationById = byId(NeedRegistration);
export const freezeExceptionById = byId(FreezeException);
export const decisionEffectById = byId(DecisionEffect);
export const effectsByDecision = childrenOf(DecisionEffect, "decisionId", ["id"]);
export const exceptionsByFreeze = childrenOf(FreezeException, "freezeId", ["fromDate", "id"]);
export const freezesByMunicipality = childrenOf(ChangeFreeze, "municipalityId", ["name", "id"]);

/** The level scale by ordinal (candidates name levels by ordinal): the whole small table once per request. */
export const levelByOrdinal: LoaderDefinition<number, CollaborationLevel | null> = (db) =>
  new DataLoader(async (ordinals) => {
    const levels = new Map((await db.getRepository(CollaborationLevel).find()).map((l) => [l.ordinal, l]));
    return ordinals.map((o) => levels.get(o) ?? null);
  });

registerNodeType(ChangeFreeze, changeFreezeById);
registerNodeType(RecommendationDecision, decisionById);
registerNodeType(TriggerSettings, triggerSettingsById);
registerKeyedNodeType(CollaborationCandidate, async (scope, globalId) => {
  const found = await candidateById((date) => scope.evaluations.ask(candidates, date, undefined), globalId, scope.today);
  return found ? CollaborationCandidate.of(found.candidate, found.evaluation.decisions) : null;
});
registerNodeType(NeedRegistration, needRegistrationById);
registerNodeType(FreezeException, freezeExceptionById);
registerNodeType(DecisionEffect, decisionEffectById);
