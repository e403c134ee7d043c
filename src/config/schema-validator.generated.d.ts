// The standalone validator generated from schema/sentry-members.schema.json (scripts/build-schema-validator.ts).
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validate: GeneratedValidator;
export default validate;
