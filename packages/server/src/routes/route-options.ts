import type { StudyStore } from '@liaison/store';

/** What every route plugin is registered with. */
export interface RouteOptions {
  store: StudyStore;
}
