/**
 * The committed WebAssembly bytes of the OM kernel must be exactly what their generator
 * (scripts/om-wasm/build-om-wasm.ts) produces, so a reviewer can trust the readable source.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(
  new URL('../../../../scripts/om-wasm/build-om-wasm.ts', import.meta.url),
);

describe('OM WebAssembly module', () => {
  it('is the generator output, byte for byte', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, '--check'], {
      encoding: 'utf8',
    });
    expect(out).toContain('matches its generator');
  }, 60_000);
});
