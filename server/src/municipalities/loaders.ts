import { byId, childrenOf } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
import { CollaborationBody, ItUnit, Membership, Municipality, PopulationFigure } from "./entities";

export const municipalityById = byId(Municipality);
export const itUnitById = byId(ItUnit);
export const collaborationBodyById = byId(CollaborationBody);
export const membershipById = byId(Membership);
export const populationsByMunicipality = childrenOf(PopulationFigure, "municipalityId", ["year"]);
export const itUnitsByMunicipality = childrenOf(ItUnit, "municipalityId", ["nameKey", "id"]);
export const membershipsByBody = childrenOf(Membership, "collaborationBodyId", ["fromDate", "id"]);
export const membershipsByMunicipality = childrenOf(Membership, "municipalityId", ["fromDate", "id"]);

registerNodeType(Municipality, municipalityById);
registerNodeType(ItUnit, itUnitById);
registerNodeType(CollaborationBody, collaborationBodyById);
registerNodeType(Membership, membershipById);
