import { byId, childrenOf, wholeTable } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "./entities";

export const collaborationById = byId(Collaboration);
export const levelById = wholeTable(CollaborationLevel);
export const participantById = byId(CollaborationParticipant);
export const levelChangeById = byId(LevelChange);
export const participantsByCollaboration = childrenOf(CollaborationParticipant, "collaborationId", ["joinedOn", "id"]);
export const participationsByMunicipality = childrenOf(CollaborationParticipant, "municipalityId", ["joinedOn", "id"]);
/** History in the order it happened: by date, then by when it was recorded. */
export const levelChangesByCollaboration = childrenOf(LevelChange, "collaborationId", ["changedOn", "recordedAt", "id"]);
export const collaborationsByApplication = childrenOf(Collaboration, "applicationId", ["nameKey", "id"]);

registerNodeType(Collaboration, collaborationById);
registerNodeType(CollaborationLevel, levelById);
registerNodeType(CollaborationParticipant, participantById);
registerNodeType(LevelChange, levelChangeById);
