/**
 * @liaison/server: the JSON API over a study store, and the built web app beside it.
 * See docs/api.md for the endpoints.
 */
export { buildApp, type AppOptions } from './app.js';
export {
  startServer,
  DEFAULT_PORT,
  type ServerOptions,
  type RunningServer,
} from './start-server.js';
export { ApiError, ERROR_IDS, type ErrorBody, type ErrorId } from './errors.js';
export { DEFAULT_WEB_ROOT } from './web-app.js';
export { DEFAULT_ACTOR } from './routes/parse.js';
