import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../core/node";
import { NameKeyColumn } from "../db/name-keys";

export enum ApplicationCategory {
  FINANCE = "FINANCE",
  PAYROLL_HR = "PAYROLL_HR",
  GIS = "GIS",
  BUILDING_PERMITS = "BUILDING_PERMITS",
  SCHOOL = "SCHOOL",
  CARE = "CARE",
  LIBRARY = "LIBRARY",
  TELEPHONY = "TELEPHONY",
  HELPDESK = "HELPDESK",
  E_ARCHIVE = "E_ARCHIVE",
  RECORDS = "RECORDS",
  INFORMATION = "INFORMATION",
  OTHER = "OTHER",
}
registerEnumType(ApplicationCategory, {
  name: "ApplicationCategory",
  description: "The business area an application serves (verksamhetsområde).",
  valuesConfig: {
    FINANCE: { description: "Ekonomi (finance)." },
    PAYROLL_HR: { description: "Lön/PA (payroll and HR)." },
    GIS: { description: "GIS and maps (geografiska informationssystem, kartsystem)." },
    BUILDING_PERMITS: { description: "Bygg (building permits)." },
    SCHOOL: { description: "Skola (school administration and education)." },
    CARE: { description: "Omsorg (social care)." },
    LIBRARY: { description: "Bibliotek (library system)." },
    TELEPHONY: { description: "Telefoni (telephony and call routing)." },
    HELPDESK: { description: "Helpdesk / IT service management." },
    E_ARCHIVE: { description: "E-arkiv (digital archive)." },
    RECORDS: { description: "Diarium / ärendehantering (records management)." },
    INFORMATION: { description: "Informationsspridning (web, intranet, information dissemination)." },
    OTHER: { description: "Övrigt (anything else)." },
  },
});

export enum ApplicationScope {
  COMMON = "COMMON",
  BUSINESS_SPECIFIC = "BUSINESS_SPECIFIC",
}
registerEnumType(ApplicationScope, {
  name: "ApplicationScope",
  description: "Whether an application serves the whole municipality or one business.",
  valuesConfig: {
    COMMON: { description: "Kommungemensam: used across the municipality's administrations." },
    BUSINESS_SPECIFIC: { description: "Verksamhetsspecifik: serves one business area." },
  },
});

@ObjectType({ implements: Node, description: "An application (applikation, verksamhetssystem): a product that municipalities run." })
@Entity("application")
export class Application extends Node {
  static readonly typeName = "Application";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { description: "Product name." })
  @Index()
  @Column({ type: "varchar", length: 150 })
  name: string;
  @NameKeyColumn("name") nameKey: string;

  @Field(() => String, { nullable: true, description: "Vendor (leverantör); optional." })
  @Column({ type: "varchar", length: 150, nullable: true })
  vendor: string | null;
  @NameKeyColumn("vendor", { nullable: true }) vendorKey: string | null;

  @Field(() => ApplicationCategory, { description: "Business area." })
  @Column({ type: "varchar", length: 30 })
  category: ApplicationCategory;

  @Field(() => ApplicationScope, { description: "Kommungemensam or verksamhetsspecifik." })
  @Column({ type: "varchar", length: 20 })
  scope: ApplicationScope;

  @Field(() => String, { nullable: true, description: "Free text." })
  @Column({ type: "text", nullable: true })
  description: string | null;
}

export enum LifecyclePhase {
  PLAN = "PLAN",
  PHASE_IN = "PHASE_IN",
  ACTIVE = "ACTIVE",
  PHASE_OUT = "PHASE_OUT",
  RETIRED = "RETIRED",
}
registerEnumType(LifecyclePhase, {
  name: "LifecyclePhase",
  description: "Where a municipality's use of an application stands (livscykelfas).",
  valuesConfig: {
    PLAN: { description: "Planerad: decided or under procurement, not yet in use." },
    PHASE_IN: { description: "Införande: being introduced." },
    ACTIVE: { description: "I drift: in everyday use." },
    PHASE_OUT: { description: "Avveckling: being phased out." },
    RETIRED: { description: "Avvecklad: no longer in use." },
  },
});

@ObjectType({ implements: Node, description: "A municipality's use of an application (applikationsanvändning): since when, phase, fit, users, cost." })
@Entity("application_usage")
@Index(["municipalityId", "applicationId"], { unique: true })
export class ApplicationUsage extends Node {
  static readonly typeName = "ApplicationUsage";
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) municipalityId: number;
  @Index() @Column({ type: "integer" }) applicationId: number;
  @Column({ type: "integer", nullable: true }) itUnitId: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "In use since (i drift sedan)." })
  @Column({ type: "varchar", length: 10, nullable: true })
  inUseSince: string | null;

  @Field(() => LifecyclePhase, { description: "Lifecycle phase (livscykelfas)." })
  @Column({ type: "varchar", length: 20 })
  lifecyclePhase: LifecyclePhase;

  @Field(() => Int, { nullable: true, description: "Functional fit, 1 (poor) to 4 (excellent): how well it serves the business (verksamhetsnytta)." })
  @Column({ type: "integer", nullable: true })
  functionalFit: number | null;

  @Field(() => Int, { nullable: true, description: "Technical fit, 1 (poor) to 4 (excellent): platform, security, maintainability (teknisk kvalitet)." })
  @Column({ type: "integer", nullable: true })
  technicalFit: number | null;

  @Field(() => Int, { nullable: true, description: "Number of users (antal användare)." })
  @Column({ type: "integer", nullable: true })
  userCount: number | null;

  @Field(() => Int, {
    nullable: true,
    deprecationReason: "Use annualCostOre: money is öre (SafeInt) throughout the API.",
    description: "Annual cost in whole kronor (årskostnad, SEK): licences, support, operation.",
  })
  @Column({ type: "integer", nullable: true })
  annualCostSek: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: "Annual cost (årskostnad) in öre (1 krona = 100 öre): licences, support, operation. Format kronor in the client." })
  get annualCostOre(): number | null {
    return this.annualCostSek === null ? null : this.annualCostSek * 100;
  }

  @Field(() => String, { nullable: true, description: "Free text." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The municipality's own stable key for this row (extern nyckel), as its application list names it; unique within the municipality. Set by the spreadsheet import, which matches rows by it.",
  })
  @Column({ type: "varchar", length: 100, nullable: true })
  externalKey: string | null;
}

export const applicationEntities = [Application, ApplicationUsage];
