import { byId } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
import { PolicyGoal } from "./entities";

export const policyGoalById = byId(PolicyGoal);
registerNodeType(PolicyGoal, policyGoalById);
