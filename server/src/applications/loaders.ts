import { byId, childrenOf } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
import { Application, ApplicationUsage } from "./entities";

export const applicationById = byId(Application);
export const applicationUsageById = byId(ApplicationUsage);
export const usagesByApplication = childrenOf(ApplicationUsage, "applicationId", ["municipalityId", "id"]);
export const usagesByMunicipality = childrenOf(ApplicationUsage, "municipalityId", ["applicationId", "id"]);

registerNodeType(Application, applicationById);
registerNodeType(ApplicationUsage, applicationUsageById);
