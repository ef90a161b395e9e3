import { capped } from "../common/text-limits";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { ItUnitKind } from "./entities";
import { ListField, MAX_LIST_ITEMS } from "../core/list-cap";

@InputType({ description: "A population figure (folkmängd) for a year." })
export class PopulationInput {
  @Field(() => Int, { description: "The year (31 December) the figure refers to." }) year: number;
  @Field(() => Int, { description: "Number of inhabitants." }) population: number;
}

@InputType({
  description:
    "A new municipality. A code of the reference list of Sweden's 290 municipalities (referenslistan) is enough: its name, county and population (31 December 2025) come from the list unless given.",
})
export class MunicipalityCreateInput {
  @Field(() => String, { description: "Official four-digit code (kommunkod)." }) code: string;
  @Field(() => String, { nullable: true, description: capped("Name; default the reference list's. Required for a code the list does not have.", 100) }) name?: string | null;
  @Field(() => String, { nullable: true, description: capped("County (län) by name; default the reference list's.", 100) }) county?: string | null;
  @ListField(() => [PopulationInput], {
    maxItems: MAX_LIST_ITEMS,
    nullable: true,
    description: "Population figures to record; without any, the reference list's figure for 2025.",
  })
  populations?: PopulationInput[] | null;
}

@InputType({ description: "A new code for a municipality that SCB renumbered (ny kommunkod); the old code becomes a former code, valid until the day before." })
export class MunicipalityCodeChangeInput {
  @Field(() => ID, { description: "The municipality." }) id: string;
  @Field(() => String, { description: "The new four-digit code." }) code: string;
  @Field(() => LocalDateResolver, { description: "First day the new code is valid (not after today)." }) validFrom: string;
}

@InputType({ description: "Changes to a municipality; omitted fields stay as they are." })
export class MunicipalityUpdateInput {
  @Field(() => ID, { description: "The municipality." }) id: string;
  @Field(() => String, { nullable: true, description: capped("New name.", 100) }) name?: string | null;
  @Field(() => String, { nullable: true, description: capped("New county (län); null clears it.", 100) }) county?: string | null;
}

@InputType({ description: "Records (or corrects) a municipality's population for a year." })
export class MunicipalityPopulationSetInput {
  @Field(() => ID, { description: "The municipality." }) municipalityId: string;
  @Field(() => Int, { description: "The year (31 December)." }) year: number;
  @Field(() => Int, { description: "Number of inhabitants." }) population: number;
}

@InputType({ description: "A new IT unit (IT-enhet)." })
export class ItUnitCreateInput {
  @Field(() => ID, { description: "The municipality it belongs to." }) municipalityId: string;
  @Field(() => String, { description: capped("Name.", 150) }) name: string;
  @Field(() => ItUnitKind, { description: "What it serves." }) kind: ItUnitKind;
}

@InputType({ description: "Changes to an IT unit; omitted fields stay as they are." })
export class ItUnitUpdateInput {
  @Field(() => ID, { description: "The IT unit." }) id: string;
  @Field(() => String, { nullable: true, description: capped("New name.", 150) }) name?: string | null;
  @Field(() => ItUnitKind, { nullable: true, description: "New kind." }) kind?: ItUnitKind | null;
}

@InputType({ description: "A new collaboration body (samverkansorgan)." })
export class CollaborationBodyCreateInput {
  @Field(() => String, { description: capped("Name, e.g. Dalslandskommunernas kommunalförbund.", 200) }) name: string;
  @Field(() => String, { nullable: true, description: capped("Short name, e.g. DKF.", 30) }) shortName?: string | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) description?: string | null;
}

@InputType({ description: "Starts a municipality's membership of a collaboration body." })
export class MembershipStartInput {
  @Field(() => ID, { description: "The collaboration body." }) collaborationBodyId: string;
  @Field(() => ID, { description: "The municipality." }) municipalityId: string;
  @Field(() => LocalDateResolver, { description: "First day of membership." }) fromDate: string;
  @Field(() => String, { nullable: true, description: capped("Free text, e.g. the decision.", 2000) }) note?: string | null;
}

@InputType({ description: "Ends a membership." })
export class MembershipEndInput {
  @Field(() => ID, { description: "The membership." }) id: string;
  @Field(() => LocalDateResolver, { description: "Last day of membership." }) toDate: string;
  @Field(() => String, { nullable: true, description: capped("Free text, e.g. the decision.", 2000) }) note?: string | null;
}
