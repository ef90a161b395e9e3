import { Authorized, Extensions, type AuthChecker } from "type-graphql";
import { Role } from "./roles";
import { assertRole } from "./viewer";
import type { Context } from "../core/context";

/** The auth decision of a root field, kept in the schema's field extensions so a test can check every field has one. */
export type AccessDecision = { minimumRole: Role } | { public: true };

/** Root field open to tokens with at least `minimumRole`. Finer checks (which municipality) happen in the service. */
export function Allow(minimumRole: Role): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized(minimumRole)(target, key, descriptor);
    Extensions({ access: { minimumRole } satisfies AccessDecision })(target, key, descriptor);
  };
}

/** Root field deliberately open without a token. */
export function Public(): MethodDecorator {
  return (target, key, descriptor) => {
    Extensions({ access: { public: true } satisfies AccessDecision })(target, key, descriptor);
  };
}

export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  assertRole(context.viewer, roles[0] ?? Role.READER);
  return true;
};
