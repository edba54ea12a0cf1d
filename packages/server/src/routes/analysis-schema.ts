/**
 * zod schemas for correcting a police log's analysis and for the study's continuum scale. The
 * shapes are core's `Correction` and `CorrectionTarget`; whether an entry index, an agency label
 * or a continuum level exists is the store's check (it knows the analysis, lexicon and scale).
 */
import { CORRECTED_ENTRY_FIELDS, EVENT_TYPES, FRAMINGS, TURNING_POINT_TYPES } from '@liaison/core';
import { z } from 'zod';

const EntryIndex = z.number().int().min(0).max(1_000_000);
const AgencyLabel = z.string().trim().min(1).max(100);

export const CorrectionBody = z.discriminatedUnion('target', [
  z.strictObject({
    target: z.literal('entry'),
    index: EntryIndex,
    agencies: z.array(AgencyLabel).max(50).optional(),
    event: z.enum(EVENT_TYPES).optional(),
    framing: z.enum(FRAMINGS).optional(),
  }),
  z.strictObject({
    target: z.literal('turning_point'),
    entry: EntryIndex,
    type: z.enum(TURNING_POINT_TYPES),
    action: z.enum(['add', 'remove']),
    evidence: z.array(EntryIndex).max(1_000).optional(),
  }),
  z.strictObject({
    target: z.literal('continuum'),
    level: z.number().int().min(0).max(1_000),
    reason: z.string().trim().min(1, 'give the reason for the override').max(2_000),
  }),
]);

export const UndoBody = z.discriminatedUnion('target', [
  z.strictObject({
    target: z.literal('entry'),
    index: EntryIndex,
    fields: z.array(z.enum(CORRECTED_ENTRY_FIELDS)).min(1).optional(),
  }),
  z.strictObject({
    target: z.literal('turning_point'),
    entry: EntryIndex,
    type: z.enum(TURNING_POINT_TYPES),
  }),
  z.strictObject({ target: z.literal('continuum') }),
]);

/** `PUT /api/sources/:id/analysis/reviewed`: mark (true) or unmark (false) every entry checked. */
export const ReviewBody = z.strictObject({ reviewed: z.boolean() });

/** `POST /api/analysis/adapt`: check only, or save the adapted lexicon (if it helped, or forced). */
export const AdaptBody = z.strictObject({
  save: z.boolean().optional(),
  force: z.boolean().optional(),
  datasetId: z.string().trim().min(1).max(200).optional(),
});
