import DataLoader from "dataloader";
import { CollaborationLevel } from "../collaborations/entities";
import { byId, childrenOf, type LoaderDefinition } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
import { ChangeFreeze, RecommendationDecision, TriggerSettings } from "./entities";

export const changeFreezeById = byId(ChangeFreeze);
export const decisionById = byId(RecommendationDecision);
export const triggerSettingsById = byId(TriggerSettings);
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
