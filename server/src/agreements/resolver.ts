import { idArgument } from "../graphql/id-argument";
import { municipalityArgument } from "../municipalities/arguments";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Application } from "../applications/entities";
import { applicationById } from "../applications/loaders";
import { Collaboration } from "../collaborations/entities";
import { collaborationById } from "../collaborations/loaders";
import { whereIn } from "../db/where-in";
import { Connection, OrderDirection, OrderInput, PageArgs, paginate } from "../graphql/connection";
import { decodeIdOf } from "../core/global-id";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { coversSql } from "../common/period";
import { ItUnit, Municipality } from "../municipalities/entities";
import { itUnitById, municipalityById } from "../municipalities/loaders";
import { allocateAgreementCost } from "./allocation";
import { AgreementStatus } from "./deadlines";
import { Agreement, AgreementKind, NoticePeriodValue, noticePeriodOf } from "./entities";
import { AgreementCreateInput, AgreementExtendInput, AgreementGiveNoticeInput, AgreementTerminateInput, AgreementUpdateInput } from "./inputs";
import { agreementById, agreementsByCollaboration, coversCollaborationSql, linkedIds, partiesByAgreement, scheduleOf } from "./loaders";
import * as service from "./service";
import { AgreementScheduleView, CostAllocation, CostKey, CostKeyShare } from "./types";

const AgreementConnection = Connection(Agreement, "Agreement");
const AgreementPayload = Payload("AgreementPayload", "agreement", Agreement, "Result of a mutation on an agreement.");

export enum AgreementOrderField {
  NAME = "NAME",
  START_DATE = "START_DATE",
  END_DATE = "END_DATE",
}

registerEnumType(AgreementOrderField, {
  name: "AgreementOrderField",
  description: "What agreements can be sorted by.",
  valuesConfig: {
    NAME: { description: "The agreement's name." },
    START_DATE: { description: "The start date (startdatum)." },
    END_DATE: { description: "The end of the initial term (slutdatum)." },
  },
});

const AgreementOrder = OrderInput<AgreementOrderField>(AgreementOrderField, "AgreementOrder", AgreementOrderField.NAME, "agreements");
const AGREEMENT_ORDER_COLUMNS = { NAME: "nameKey", START_DATE: "startDate", END_DATE: "endDate" } as const;

@ArgsType()
class AgreementsArgs extends PageArgs {
  @Field(() => AgreementKind, { nullable: true, description: "Only agreements of this kind." }) kind?: AgreementKind | null;
  @Field(() => ID, { nullable: true, description: "Only agreements this municipality is a party to, itself or through one of its IT units (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => ID, { nullable: true, description: "Only agreements covering this application." }) application?: string | null;
  @Field(() => ID, { nullable: true, description: "Only agreements covering this collaboration, directly or through its application." }) collaboration?: string | null;
  @Field(() => AgreementStatus, { nullable: true, description: "Only agreements with this status on `asOf`." }) status?: AgreementStatus | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "Only agreements whose current term (on `asOf`) ends before this date; ended ones included." }) expiringBefore?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "The date `status`, `expiringBefore` and the party and covered-system filters are judged on; default today." }) asOf?: string | null;
  @Field(() => AgreementOrder, { nullable: true, description: "The order; default by name, ascending." }) orderBy?: InstanceType<typeof AgreementOrder> | null;
}

const asOfArg = { nullable: true, description: "The date to compute for; default today." } as const;
const linksAsOfArg = { nullable: true, description: "The date the links are judged on (those in force then); default the latest recorded links." } as const;

@Resolver(() => Agreement)
export class AgreementResolver {
  @Allow(Role.READER)
  @Query(() => AgreementConnection, { nullable: true, description: "Agreements (avtal), by name (or `orderBy`), with filters on kind, party, covered system, status and term end." })
  async agreements(@Args() args: AgreementsArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(Agreement).createQueryBuilder("a");
    // Only agreements on record by asOf: one recorded later did not exist in the answer for that date.
    qb.andWhere("EXISTS (SELECT 1 FROM fact_version v WHERE v.subject_type = :agreementType AND v.subject_id = a.id AND v.valid_from <= :recordedBy)", {
      agreementType: Agreement.typeName,
      recordedBy: args.asOf ?? ctx.today,
    });
    if (args.kind) qb.andWhere("a.kind = :kind", { kind: args.kind });
    // Parties and covered systems as they were on asOf: the links in force then.
    const linksOn = args.asOf ?? ctx.today;
    if (args.municipality) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM agreement_party p LEFT JOIN it_unit u ON u.id = p.it_unit_id WHERE p.agreement_id = a.id AND ${coversSql("p", "valid_from", "valid_to", "linksOn")} AND (p.municipality_id = :m OR u.municipality_id = :m))`,
        { m: await municipalityArgument(ctx, args.municipality, "municipality"), linksOn },
      );
    }
    if (args.application) {
      qb.andWhere(`EXISTS (SELECT 1 FROM agreement_application x WHERE x.agreement_id = a.id AND ${coversSql("x", "valid_from", "valid_to", "linksOn")} AND x.application_id = :app)`, {
        app: await idArgument(ctx, args.application, "application", Application.typeName),
        linksOn,
      });
    }
    if (args.collaboration) {
      qb.andWhere(`EXISTS (SELECT 1 FROM collaboration c WHERE c.id = :collaboration AND ${coversCollaborationSql("linksOn")})`, {
        collaboration: await idArgument(ctx, args.collaboration, "collaboration", Collaboration.typeName),
        linksOn,
      });
    }
    if (args.status || args.expiringBefore) {
      // Status and term end are computed, not stored: judge the candidates, then page over the matches.
      const asOf = args.asOf ?? ctx.today;
      const candidates = await qb.clone().getMany();
      const schedules = await Promise.all(candidates.map((a) => scheduleOf(ctx, a, asOf)));
      const matching = schedules.filter((s) => (!args.status || s.status === args.status) && (!args.expiringBefore || s.currentTermEnd < args.expiringBefore));
      whereIn(
        qb,
        "a.id",
        matching.map((s) => s.agreement.id),
      );
    }
    return paginate(qb, args, AGREEMENT_ORDER_COLUMNS[args.orderBy?.field ?? AgreementOrderField.NAME], AgreementConnection, args.orderBy?.direction ?? OrderDirection.ASC);
  }

  @Allow(Role.READER)
  @Query(() => CostAllocation, {
    nullable: true,
    description:
      "A samverkansavtal's cost for a year divided between its municipalities (its current parties) by its cost key, in öre adding up exactly to the total; null when no agreement has this ID. Population keys use the key's named year of figures (folkmängd) exactly; without one, the population on 31 December of the year before the year being split (budget year 2026 uses 2025's figures), or the latest earlier year on record when that is not yet published. A party without that figure answers BAD_USER_INPUT naming the year looked for and the years on record.",
  })
  async costAllocation(
    @Arg("agreement", () => ID, { description: "The samverkansavtal." }) agreementId: string,
    @Ctx() ctx: Context,
    @Arg("year", () => Int, { nullable: true, description: "The year the cost is for; default this year." }) year?: number | null,
    @Arg("totalOre", () => SafeIntResolver, { nullable: true, description: "The amount to split, in öre; default the agreement's annual cost." }) totalOre?: number | null,
  ) {
    const id = decodeIdOf(agreementId, Agreement.typeName);
    const agreement = id === null ? null : await ctx.loaders.get(agreementById).load(id);
    return agreement ? allocateAgreementCost(ctx, agreement, year, totalOre) : null;
  }

  @FieldResolver(() => NoticePeriodValue, { nullable: true, description: "Notice period (uppsägningstid); null when none is agreed." })
  noticePeriod(@Root() a: Agreement) {
    return noticePeriodOf(a);
  }

  @FieldResolver(() => [Municipality], { description: "Municipalities that are parties: on `asOf`, or by the latest links." })
  async municipalities(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, linksAsOfArg) asOf?: string | null) {
    return ctx.loaders.get(municipalityById).loadMany(await linkedIds(ctx, a.id, "municipalityIds", asOf));
  }

  @FieldResolver(() => [ItUnit], { description: "IT units that are parties (the driftande IT-enhet of a driftavtal): on `asOf`, or by the latest links." })
  async itUnits(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, linksAsOfArg) asOf?: string | null) {
    return ctx.loaders.get(itUnitById).loadMany(await linkedIds(ctx, a.id, "itUnitIds", asOf));
  }

  @FieldResolver(() => [Application], { description: "Applications the agreement covers: on `asOf`, or by the latest links." })
  async applications(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, linksAsOfArg) asOf?: string | null) {
    return ctx.loaders.get(applicationById).loadMany(await linkedIds(ctx, a.id, "applicationIds", asOf));
  }

  @FieldResolver(() => [Collaboration], { description: "Collaborations the agreement covers: on `asOf`, or by the latest links." })
  async collaborations(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, linksAsOfArg) asOf?: string | null) {
    return ctx.loaders.get(collaborationById).loadMany(await linkedIds(ctx, a.id, "collaborationIds", asOf));
  }

  @FieldResolver(() => CostKey, { nullable: true, description: "The cost key (fördelningsnyckel) of a samverkansavtal; null for other kinds." })
  async costKey(@Root() a: Agreement, @Ctx() ctx: Context) {
    if (a.costKey === null) return null;
    const parties = (await ctx.loaders.get(partiesByAgreement).load(a.id)).filter((p) => p.municipalityId !== null && p.costShareBasisPoints !== null);
    const municipalities = await ctx.loaders.get(municipalityById).loadMany(parties.map((p) => p.municipalityId!));
    return Object.assign(new CostKey(), {
      kind: a.costKey,
      populationYear: a.costKeyPopulationYear,
      baseShareBasisPoints: a.costKeyBaseShareBasisPoints,
      shares: parties.map((p, i) => Object.assign(new CostKeyShare(), { municipality: municipalities[i], shareBasisPoints: p.costShareBasisPoints })),
    });
  }

  @FieldResolver(() => AgreementScheduleView, { description: "Every computed date and the status on `asOf` (default today)." })
  schedule(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, asOfArg) asOf?: string | null) {
    return scheduleOf(ctx, a, asOf ?? ctx.today);
  }

  @FieldResolver(() => AgreementStatus, { description: "Status on `asOf` (default today); see AgreementStatus." })
  async status(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, asOfArg) asOf?: string | null) {
    return (await scheduleOf(ctx, a, asOf ?? ctx.today)).status;
  }

  @FieldResolver(() => LocalDateResolver, { description: "Last day of the current term on `asOf` (default today), tacit renewals rolled forward; see AgreementSchedule." })
  async currentTermEnd(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, asOfArg) asOf?: string | null) {
    return (await scheduleOf(ctx, a, asOf ?? ctx.today)).currentTermEnd;
  }

  @FieldResolver(() => LocalDateResolver, { description: "Last day to give notice for the current term on `asOf` (default today): its end minus the notice period." })
  async noticeDeadline(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, asOfArg) asOf?: string | null) {
    return (await scheduleOf(ctx, a, asOf ?? ctx.today)).noticeDeadline;
  }

  @FieldResolver(() => LocalDateResolver, { description: "The notice deadline minus the procurement lead time, on `asOf` (default today)." })
  async decisionDeadline(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, asOfArg) asOf?: string | null) {
    return (await scheduleOf(ctx, a, asOf ?? ctx.today)).decisionDeadline;
  }

  @FieldResolver(() => Int, { description: "Days from `asOf` (default today) to the current term end; negative once ended." })
  async daysLeft(@Root() a: Agreement, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, asOfArg) asOf?: string | null) {
    return (await scheduleOf(ctx, a, asOf ?? ctx.today)).daysLeft;
  }

  @Allow(Role.EDITOR)
  @Mutation(() => AgreementPayload, { nullable: true, description: "Records an agreement. Editors: only one their municipality (or one of its IT units) is a party to." })
  async agreementCreate(@Arg("input", () => AgreementCreateInput, { description: "The mutation's input: see AgreementCreateInput." }) input: AgreementCreateInput, @Ctx() ctx: Context) {
    return payload("agreement", await runMutation(ctx, "agreementCreate", (s) => service.createAgreement(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => AgreementPayload, { nullable: true, description: "Changes an agreement's facts, parties, covered systems or cost key. Editors: where their municipality is a party." })
  async agreementUpdate(@Arg("input", () => AgreementUpdateInput, { description: "The mutation's input: see AgreementUpdateInput." }) input: AgreementUpdateInput, @Ctx() ctx: Context) {
    return payload("agreement", await runMutation(ctx, "agreementUpdate", (s) => service.updateAgreement(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => AgreementPayload, {
    nullable: true,
    description:
      "Calls extension option(s) of an agreement with express renewal (förlängning), within its maximum. Refused once it has ended, notice was given or it was terminated. Editors: where their municipality is a party.",
  })
  async agreementExtend(@Arg("input", () => AgreementExtendInput, { description: "The mutation's input: see AgreementExtendInput." }) input: AgreementExtendInput, @Ctx() ctx: Context) {
    return payload("agreement", await runMutation(ctx, "agreementExtend", (s) => service.extendAgreement(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => AgreementPayload, {
    nullable: true,
    description:
      "Records that notice was given (uppsägning): the agreement ends at the end of the first term whose notice deadline is on or after that date. Editors: where their municipality is a party.",
  })
  async agreementGiveNotice(
    @Arg("input", () => AgreementGiveNoticeInput, { description: "The mutation's input: see AgreementGiveNoticeInput." }) input: AgreementGiveNoticeInput,
    @Ctx() ctx: Context,
  ) {
    return payload("agreement", await runMutation(ctx, "agreementGiveNotice", (s) => service.giveNotice(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => AgreementPayload, { nullable: true, description: "Records that an agreement ended early on a date (hävning, avslut i förtid). Editors: where their municipality is a party." })
  async agreementTerminate(@Arg("input", () => AgreementTerminateInput, { description: "The mutation's input: see AgreementTerminateInput." }) input: AgreementTerminateInput, @Ctx() ctx: Context) {
    return payload("agreement", await runMutation(ctx, "agreementTerminate", (s) => service.terminateAgreement(s, input)));
  }
}

@Resolver(() => Collaboration)
export class CollaborationAgreementsResolver {
  @FieldResolver(() => [Agreement], { description: "Agreements covering the collaboration, directly or through its application, by name." })
  agreements(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return ctx.loaders.get(agreementsByCollaboration).load(c.id);
  }
}

export const agreementResolvers = [AgreementResolver, CollaborationAgreementsResolver] as const;
