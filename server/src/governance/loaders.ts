import { byId } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
import { GovernanceDocument } from "./entities";

export const governanceDocumentById = byId(GovernanceDocument);

registerNodeType(GovernanceDocument, governanceDocumentById);
