import { byId, childrenOf } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
import { RoleAssignment } from "./entities";

export const roleAssignmentById = byId(RoleAssignment);
const order: (keyof RoleAssignment & string)[] = ["fromDate", "id"];
export const rolesByApplicationUsage = childrenOf(RoleAssignment, "applicationUsageId", order);
export const rolesByCollaboration = childrenOf(RoleAssignment, "collaborationId", order);
export const rolesByItUnit = childrenOf(RoleAssignment, "itUnitId", order);
export const rolesByPerson = childrenOf(RoleAssignment, "personId", order);

registerNodeType(RoleAssignment, roleAssignmentById);
