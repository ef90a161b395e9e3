import { byId, childrenOf } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
import { Person } from "./entities";

export const personById = byId(Person);
export const peopleByMunicipality = childrenOf(Person, "municipalityId", ["nameKey", "id"]);

registerNodeType(Person, personById);
