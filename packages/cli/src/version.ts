import pkg from '../package.json' with { type: 'json' };

/** The CLI's version, recorded in source provenance (`liaison-cli 0.1.0`). */
export const CLI_VERSION: string = pkg.version;
export const TOOL_NAME = `liaison-cli ${CLI_VERSION}`;
