/** `StudyStore.deid`: settings, the review of detections and applying them. */
import type { StoreContext } from '../context.js';
import { applyDeid } from './apply/apply-deid.js';
import { readDeidSettings, saveDeidSettings } from './deid-settings.js';
import { reviewRepo } from './review.js';
import type { DeidStore } from './review-types.js';

export function deidRepo(ctx: StoreContext): DeidStore {
  return {
    settings: () => readDeidSettings(ctx, ctx.db),
    saveSettings: (actor, settings) => saveDeidSettings(ctx, actor, settings),
    ...reviewRepo(ctx),
    apply: (actor, table, options) => applyDeid(ctx, actor, table, options),
  };
}
