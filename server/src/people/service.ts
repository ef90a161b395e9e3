import { assertCanEditMunicipality } from "../access/viewer";
import { snapshot } from "../audit/diff";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { ItUnit, Municipality } from "../municipalities/entities";
import { Person } from "./entities";
import type { PersonCreateInput, PersonUpdateInput } from "./inputs";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function contactFields(s: MutationScope, person: Person, input: PersonCreateInput | PersonUpdateInput): void {
  if (input.title !== undefined) person.title = s.text("title", input.title, { max: 150 });
  if (input.email !== undefined) {
    person.email = s.text("email", input.email, { max: 200 });
    if (person.email && !EMAIL.test(person.email)) s.fail("email", UserErrorCode.INVALID, "Inte en e-postadress.");
  }
  if (input.phone !== undefined) person.phone = s.text("phone", input.phone, { max: 50 });
}

async function itUnitOf(s: MutationScope, globalId: string | null | undefined, municipalityId: number): Promise<number | null> {
  const unit = await s.find("itUnitId", globalId, ItUnit);
  if (unit && unit.municipalityId !== municipalityId) s.fail("itUnitId", UserErrorCode.INVALID, "IT-enheten hör till en annan kommun.");
  return unit?.id ?? null;
}

export async function createPerson(s: MutationScope, input: PersonCreateInput): Promise<Person | null> {
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  if (municipality) assertCanEditMunicipality(s.ctx.viewer, municipality.id);
  const person = new Person();
  person.name = s.text("name", input.name, { required: true, max: 150 })!;
  Object.assign(person, { title: null, email: null, phone: null, itUnitId: null });
  contactFields(s, person, input);
  if (!municipality) return null;
  person.municipalityId = municipality.id;
  person.itUnitId = await itUnitOf(s, input.itUnitId, municipality.id);
  if (s.failed) return null;
  return s.save(person, null);
}

export async function updatePerson(s: MutationScope, input: PersonUpdateInput): Promise<Person | null> {
  const person = await s.find("id", input.id, Person);
  if (!person) return null;
  assertCanEditMunicipality(s.ctx.viewer, person.municipalityId);
  const before = snapshot(person);
  if (input.name !== undefined) person.name = s.text("name", input.name, { required: true, max: 150 })!;
  if (input.itUnitId !== undefined) person.itUnitId = await itUnitOf(s, input.itUnitId, person.municipalityId);
  contactFields(s, person, input);
  if (s.failed) return null;
  return s.save(person, before);
}
