import { GraphQLError } from "graphql";
import { assertCanEditMunicipality } from "../access/viewer";
import { isLocalDate } from "../common/dates";
import { decodeIdOf, encodeGlobalId } from "../core/global-id";
import { runMutation, type MutationOutcome } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import type { Context } from "../core/context";
import { municipalityArgument } from "../municipalities/arguments";
import { CollaborationBody } from "../municipalities/entities";
import { Collaboration } from "../collaborations/entities";
import { WhatIfDecisionRow } from "./entities";
import { PlanInputError } from "./load-plan";
import { whatIfEvaluation, type WhatIfRequest } from "./load-whatif";
import { sha256 } from "./service";
import type { WhatIfResult } from "./whatif";
import type { WhatIfInput } from "./whatif-types";

export const WHAT_IF_DECISION_TYPE = "WhatIfDecision";

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}

/** Checks a what-if's input; throws BAD_USER_INPUT in Swedish. */
export async function whatIfRequest(ctx: Context, input: WhatIfInput): Promise<WhatIfRequest> {
  if (!isLocalDate(input.from)) throw badInput("from: inte ett datum (ÅÅÅÅ-MM-DD).", "from");
  if ((input.body ? 1 : 0) + (input.collaboration ? 1 : 0) !== 1) throw badInput("Ange antingen body (ett samverkansorgan) eller collaboration (en samverkan).", "body");
  const bodyId = input.body ? decodeIdOf(input.body, CollaborationBody.typeName) : null;
  if (input.body && bodyId === null) throw badInput("body: inte ett samverkansorgans ID.", "body");
  const collaborationId = input.collaboration ? decodeIdOf(input.collaboration, Collaboration.typeName) : null;
  if (input.collaboration && collaborationId === null) throw badInput("collaboration: inte ett ID för en samverkan.", "collaboration");
  const municipalityId = await municipalityArgument(ctx, input.municipality, "municipality");
  return { change: input.change, municipalityId, bodyId, collaborationId, from: input.from };
}

/** Answers a what-if: reads only, so the data and its version stay as they were. */
export async function whatIf(ctx: Context, request: WhatIfRequest): Promise<WhatIfResult> {
  try {
    return await ctx.evaluations.ask(whatIfEvaluation, request.from, request);
  } catch (error) {
    if (error instanceof PlanInputError) throw badInput(`${error.field}: ${error.message}`, error.field);
    throw error;
  }
}

/**
 * Records a decision taken on a what-if, with the scenario and the answer it was based on (its
 * summary and SHA-256), after checking the answer against today's data. Editors: for their own
 * municipality.
 */
export async function recordWhatIfDecision(ctx: Context, input: WhatIfInput, reason: string, decisionReference: string | null | undefined): Promise<MutationOutcome<WhatIfDecisionRow>> {
  const request = await whatIfRequest(ctx, input);
  assertCanEditMunicipality(ctx.viewer, request.municipalityId);
  let result: WhatIfResult | null = null;
  let problem: GraphQLError | null = null;
  try {
    result = await whatIf(ctx, request);
  } catch (error) {
    if (!(error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT")) throw error;
    problem = error;
  }
  return runMutation(ctx, "whatIfDecisionRecord", async (s) => {
    if (problem) s.fail(String(problem.extensions.argumentName ?? "scenario"), UserErrorCode.INVALID, problem.message);
    const why = s.text("reason", reason, { required: true, max: 2000 });
    const reference = s.text("decisionReference", decisionReference, { max: 100 });
    if (s.failed || !result) return null;
    const row = await s.em.getRepository(WhatIfDecisionRow).save(
      Object.assign(new WhatIfDecisionRow(), {
        change: request.change,
        municipalityId: request.municipalityId,
        collaborationBodyId: request.bodyId,
        collaborationId: request.collaborationId,
        fromDate: request.from,
        scenario: JSON.stringify(request),
        summary: result.summary,
        resultSha256: sha256(JSON.stringify(result)),
        reason: why!,
        decisionReference: reference,
        decidedOn: ctx.today,
        decidedAt: ctx.now.toISOString(),
        decidedBy: ctx.viewer?.tokenName ?? "system",
      }),
    );
    s.changes.push({
      objectId: encodeGlobalId(WHAT_IF_DECISION_TYPE, row.id),
      objectType: WHAT_IF_DECISION_TYPE,
      kind: "CREATE",
      fields: { scenario: { before: null, after: row.scenario }, summary: { before: null, after: row.summary }, reason: { before: null, after: row.reason } },
    });
    return row;
  });
}
