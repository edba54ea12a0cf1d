import type { AdaptRunner, StudyStore } from '@liaison/store';

/** What every route plugin is registered with. */
export interface RouteOptions {
  store: StudyStore;
  /** Runs `POST /api/analysis/adapt`'s adaptation (AppOptions.adaptRunner). */
  adaptRunner?: AdaptRunner;
}
