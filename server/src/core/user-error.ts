import { Field, ObjectType, registerEnumType } from "type-graphql";

/** Why a mutation refused its input. One enum for the whole API, so clients can switch on it. */
export enum UserErrorCode {
  REQUIRED = "REQUIRED",
  INVALID = "INVALID",
  TOO_LONG = "TOO_LONG",
  OUT_OF_RANGE = "OUT_OF_RANGE",
  NOT_FOUND = "NOT_FOUND",
  DUPLICATE = "DUPLICATE",
  DATE_IN_FUTURE = "DATE_IN_FUTURE",
  DATE_BEFORE_PREVIOUS = "DATE_BEFORE_PREVIOUS",
  DATE_ORDER = "DATE_ORDER",
  UNCHANGED = "UNCHANGED",
  CONFLICT = "CONFLICT",
  CORRECTION_REASON_REQUIRED = "CORRECTION_REASON_REQUIRED",
}

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Machine-readable reason a mutation refused its input.",
  valuesConfig: {
    REQUIRED: { description: "A required value is missing or blank." },
    INVALID: { description: "The value is malformed." },
    TOO_LONG: { description: "The text is longer than allowed." },
    OUT_OF_RANGE: { description: "The number or date is outside the allowed range." },
    NOT_FOUND: { description: "A referenced object does not exist." },
    DUPLICATE: { description: "An object with the same identifying values exists already." },
    DATE_IN_FUTURE: { description: "The date lies after the date the change is made." },
    DATE_BEFORE_PREVIOUS: { description: "The date lies before the previous change of the same thing." },
    DATE_ORDER: { description: "An end date lies before its start date." },
    UNCHANGED: { description: "The change would leave the object as it is." },
    CONFLICT: { description: "The change contradicts the object's current state." },
    CORRECTION_REASON_REQUIRED: {
      description: "The change is dated before today and would alter answers for past dates: a correction (rättelse), which needs `correctionReason`.",
    },
  },
});

@ObjectType({ description: "A business-rule failure of a mutation: which input field, why, and a code." })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field, e.g. ["input", "code"]; null when the error concerns the whole input.' })
  field: string[] | null;

  @Field(() => String, { description: "Human-readable message." })
  message: string;

  @Field(() => UserErrorCode, { description: "Machine-readable code." })
  code: UserErrorCode;
}

export function userError(field: string | string[] | null, code: UserErrorCode, message: string): UserError {
  const error = new UserError();
  error.field = field === null ? null : Array.isArray(field) ? field : ["input", ...field.split(".")];
  error.code = code;
  error.message = message;
  return error;
}
