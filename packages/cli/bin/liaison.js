#!/usr/bin/env node
// The `liaison` command. The TypeScript sources run directly through tsx's loader, so the
// command works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main();
