import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../core/node";
import { CostKeyKind } from "./cost-split";
import { AgreementStatus, PeriodUnit, RenewalKind, type AgreementTerms, type NoticePeriod } from "./deadlines";
import { NameKeyColumn } from "../db/name-keys";

export enum AgreementKind {
  DRIFTAVTAL = "DRIFTAVTAL",
  SUPPORTAVTAL = "SUPPORTAVTAL",
  LEVERANTORSAVTAL = "LEVERANTORSAVTAL",
  SAMVERKANSAVTAL = "SAMVERKANSAVTAL",
}
registerEnumType(AgreementKind, {
  name: "AgreementKind",
  description: "What an agreement (avtal) governs.",
  valuesConfig: {
    DRIFTAVTAL: { description: "Driftavtal: between the system owner (systemägare) and the IT unit that operates the system (driftande IT-enhet)." },
    SUPPORTAVTAL: { description: "Supportavtal: product support." },
    LEVERANTORSAVTAL: { description: "Leverantörsavtal: vendor or licence agreement." },
    SAMVERKANSAVTAL: { description: "Samverkansavtal: between municipalities; carries the cost key (fördelningsnyckel)." },
  },
});

registerEnumType(RenewalKind, {
  name: "RenewalKind",
  description: "How an agreement renews (förlängning).",
  valuesConfig: {
    NONE: { description: "Ingen förlängning: ends on its end date." },
    TACIT: { description: "Automatisk förlängning: renews by itself for `renewalTermMonths` unless notice is given by the notice deadline, at most `maxExtensions` times." },
    EXPRESS: { description: "Option: renews only when an extension is called (agreementExtend) by the notice deadline, at most `maxExtensions` times." },
  },
});

registerEnumType(PeriodUnit, {
  name: "PeriodUnit",
  description: "Unit of a notice period.",
  valuesConfig: { DAYS: { description: "Calendar days (dagar)." }, MONTHS: { description: "Calendar months (månader)." } },
});

registerEnumType(AgreementStatus, {
  name: "AgreementStatus",
  description: "Where an agreement stands on a date; the first that applies, in the order NOT_STARTED, EXPIRED, NOTICE_PASSED, NOTICE_DUE, DECISION_DUE, ACTIVE.",
  valuesConfig: {
    NOT_STARTED: { description: "Ej påbörjat: before the start date; not in force." },
    ACTIVE: { description: "Gällande: nothing is due yet." },
    DECISION_DUE: {
      description:
        "Beslut krävs: the decision deadline (notice deadline minus procurement lead time) falls within the warning horizon (default 6 months, SAMVERKAN_DECISION_WARNING_MONTHS) or has passed: decide between renewing and procuring anew.",
    },
    NOTICE_DUE: { description: "Uppsägning nära: within the notice window (default 90 days) before the notice deadline, the deadline day included." },
    NOTICE_PASSED: {
      description:
        "Slutet avgjort: notice has been given, the agreement was terminated, or the notice deadline has passed without renewal to follow; it ends on the current term end. (A tacit agreement with renewals left renews instead and shows its next term.)",
    },
    EXPIRED: { description: "Utgånget: after the current term end." },
  },
});

registerEnumType(CostKeyKind, {
  name: "CostKeyKind",
  description: "How a samverkansavtal divides its cost between the municipalities (fördelningsnyckel).",
  valuesConfig: {
    POPULATION: { description: "Efter folkmängd: by population of a named year (the policy's default)." },
    EQUAL: { description: "Lika delar: equal parts." },
    FIXED_SHARES: { description: "Fasta andelar: agreed shares adding up to exactly 100 %." },
    BASE_PLUS_POPULATION: { description: "Grundavgift plus folkmängd: a base part split equally, the rest by population." },
  },
});

@ObjectType({ description: "A notice period (uppsägningstid)." })
export class NoticePeriodValue {
  @Field(() => Int, { description: "How many days or months." }) amount: number;
  @Field(() => PeriodUnit, { description: "Days or months." }) unit: PeriodUnit;
}

@ObjectType({
  implements: Node,
  description:
    "An agreement (avtal): a driftavtal, supportavtal, leverantörsavtal or samverkansavtal, with its parties, the systems it covers, its term, notice period and renewal, and computed deadlines. LOU allows no open-ended contract, so every agreement has an end date.",
})
@Entity("agreement")
export class Agreement extends Node {
  static readonly typeName = "Agreement";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => AgreementKind, { description: "Kind of agreement (avtalstyp)." })
  @Index()
  @Column({ type: "varchar", length: 20 })
  kind: AgreementKind;

  @Field(() => String, { description: "Name, e.g. Driftavtal gemensamt ekonomisystem." })
  @Column({ type: "varchar", length: 200 })
  name: string;
  @NameKeyColumn("name") nameKey: string;

  @Field(() => String, { nullable: true, description: "Reference number (avtalsnummer, diarienummer)." })
  @Column({ type: "varchar", length: 100, nullable: true })
  referenceNumber: string | null;

  @Field(() => String, { nullable: true, description: "The vendor party (leverantör), by name; vendors are not modelled as objects." })
  @Column({ type: "varchar", length: 150, nullable: true })
  vendorName: string | null;

  @Field(() => LocalDateResolver, { description: "First day of the agreement (avtalsstart)." })
  @Column({ type: "varchar", length: 10 })
  startDate: string;

  @Field(() => LocalDateResolver, { description: "Last day of the initial term (avtalets slutdatum, before any renewal). Required: LOU allows no open-ended contract." })
  @Index()
  @Column({ type: "varchar", length: 10 })
  endDate: string;

  @Column({ type: "integer", nullable: true }) noticePeriodAmount: number | null;
  @Column({ type: "varchar", length: 6, nullable: true }) noticePeriodUnit: PeriodUnit | null;

  @Field(() => RenewalKind, { description: "How the agreement renews." })
  @Column({ type: "varchar", length: 10 })
  renewalKind: RenewalKind;

  @Field(() => Int, { nullable: true, description: "Length of each renewal term in months (förlängningsperiod); null without renewal." })
  @Column({ type: "integer", nullable: true })
  renewalTermMonths: number | null;

  @Field(() => Int, { nullable: true, description: "Maximum number of renewals (options); null without renewal." })
  @Column({ type: "integer", nullable: true })
  maxExtensions: number | null;

  /** Express extensions called with agreementExtend; tacit renewals are computed, not stored. */
  @Column({ type: "integer", default: 0 }) expressExtensions: number;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "When notice (uppsägning) was given; the agreement then ends at the end of the first term whose notice deadline is on or after this date.",
  })
  @Column({ type: "varchar", length: 10, nullable: true })
  noticeGivenOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "When the agreement was terminated early (hävt, avslutat i förtid); its last day." })
  @Column({ type: "varchar", length: 10, nullable: true })
  terminatedOn: string | null;

  @Field(() => Int, { nullable: true, deprecationReason: "Use annualCostOre: money is öre (SafeInt) throughout the API.", description: "Annual cost in whole kronor (årskostnad, SEK)." })
  @Column({ type: "integer", nullable: true })
  annualCostSek: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: "Annual cost (årskostnad) in öre (1 krona = 100 öre). Format kronor in the client." })
  get annualCostOre(): number | null {
    return this.annualCostSek === null ? null : this.annualCostSek * 100;
  }

  @Field(() => String, { nullable: true, description: "Link to the signed agreement (avtalsdokument)." })
  @Column({ type: "varchar", length: 500, nullable: true })
  documentUrl: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "This agreement's own procurement lead time in months, overriding the default (18 months for systems at level 3 or higher, 12 otherwise).",
  })
  @Column({ type: "integer", nullable: true })
  procurementLeadTimeMonths: number | null;

  @Column({ type: "varchar", length: 30, nullable: true }) costKey: CostKeyKind | null;
  @Column({ type: "integer", nullable: true }) costKeyPopulationYear: number | null;
  @Column({ type: "integer", nullable: true }) costKeyBaseShareBasisPoints: number | null;

  @Field(() => String, { nullable: true, description: "Free text." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}

/** The notice period of an agreement, or null when it has none. */
export function noticePeriodOf(a: Agreement): NoticePeriod | null {
  return a.noticePeriodAmount === null || a.noticePeriodUnit === null ? null : { amount: a.noticePeriodAmount, unit: a.noticePeriodUnit };
}

/** The facts the pure schedule is computed from. */
export function termsOf(a: Agreement): AgreementTerms {
  return {
    startDate: a.startDate,
    endDate: a.endDate,
    noticePeriod: noticePeriodOf(a),
    renewalKind: a.renewalKind,
    renewalTermMonths: a.renewalTermMonths,
    maxExtensions: a.maxExtensions,
    expressExtensions: a.expressExtensions,
    noticeGivenOn: a.noticeGivenOn,
    terminatedOn: a.terminatedOn,
  };
}

/** A party of an agreement: exactly one of a municipality or an IT unit (the vendor is a name on the agreement), from `validFrom` to `validTo`. */
@Entity("agreement_party")
export class AgreementParty {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: "integer" }) agreementId: number;
  @Index() @Column({ type: "integer", nullable: true }) municipalityId: number | null;
  @Index() @Column({ type: "integer", nullable: true }) itUnitId: number | null;
  /** The municipality's fixed share in basis points, for the FIXED_SHARES cost key. */
  @Column({ type: "integer", nullable: true }) costShareBasisPoints: number | null;
  @Column({ type: "varchar", length: 10, default: "0001-01-01" }) validFrom: string;
  @Column({ type: "varchar", length: 10, nullable: true }) validTo: string | null;
}

/** An application an agreement covers, from `validFrom` to `validTo`. */
@Entity("agreement_application")
@Index(["agreementId", "applicationId"])
export class AgreementApplication {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) agreementId: number;
  @Index() @Column({ type: "integer" }) applicationId: number;
  @Column({ type: "varchar", length: 10, default: "0001-01-01" }) validFrom: string;
  @Column({ type: "varchar", length: 10, nullable: true }) validTo: string | null;
}

/** A collaboration an agreement covers, from `validFrom` to `validTo`. */
@Entity("agreement_collaboration")
@Index(["agreementId", "collaborationId"])
export class AgreementCollaboration {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) agreementId: number;
  @Index() @Column({ type: "integer" }) collaborationId: number;
  @Column({ type: "varchar", length: 10, default: "0001-01-01" }) validFrom: string;
  @Column({ type: "varchar", length: 10, nullable: true }) validTo: string | null;
}

export const agreementEntities = [Agreement, AgreementParty, AgreementApplication, AgreementCollaboration];

/**
 * A new agreement with everything optional empty: no reference, vendor,
 * notice period or renewal, no extensions used, no notice or termination, no cost, lead time or
 * cost key, no note. `fields` sets anything else.
 */
export function newAgreement(fields: Partial<Agreement>): Agreement {
  return Object.assign(
    new Agreement(),
    {
      referenceNumber: null,
      vendorName: null,
      noticePeriodAmount: null,
      noticePeriodUnit: null,
      renewalKind: RenewalKind.NONE,
      renewalTermMonths: null,
      maxExtensions: null,
      expressExtensions: 0,
      noticeGivenOn: null,
      terminatedOn: null,
      annualCostSek: null,
      documentUrl: null,
      procurementLeadTimeMonths: null,
      costKey: null,
      costKeyPopulationYear: null,
      costKeyBaseShareBasisPoints: null,
      note: null,
    },
    fields,
  );
}
