/**
 * The request body of `PUT /api/deid/settings` (docs/api.md, "De-identification"): the study's
 * `{ detection, policy }` with no unknown field; crime-reference formats must compile as
 * regular expressions (the recognizer compiles them per text).
 */
import { ENTITY_TYPES } from '@liaison/core';
import { z } from 'zod';

const Names = z.array(z.string().trim().min(1).max(200)).max(10_000);

const Pattern = z
  .string()
  .min(1)
  .max(500)
  .refine(
    (source) => {
      try {
        new RegExp(source, 'g');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a regular expression' },
  );

const DateTreatment = z.enum(['shift', 'placeholder']);

export const DeidSettingsBody = z.strictObject({
  detection: z.strictObject({
    crimeRefPatterns: z.array(Pattern).max(100).optional(),
    places: Names.optional(),
    organisations: Names.optional(),
    agencies: z.boolean().optional(),
  }),
  policy: z.strictObject({
    dates: z
      .strictObject({ DATE: DateTreatment.optional(), DATE_OF_BIRTH: DateTreatment.optional() })
      .optional(),
    maxShiftDays: z.number().int().min(1).max(3650).optional(),
    placeholders: z.array(z.enum(ENTITY_TYPES)).max(ENTITY_TYPES.length).optional(),
  }),
});
