/**
 * Writing an n × n distance matrix: CSV (header `id,<ids…>`, one row per sequence, each value in
 * JavaScript's shortest round-trip form, so it parses back to the identical double) or NumPy
 * `.npy` (format version 1.0, little-endian float64 `<f8`, C order; header padded so the data
 * starts at a multiple of 64 bytes, as numpy/lib/format.py writes it). Rows are produced one at a
 * time from the distinct-pair distances; the file is written beside its target and renamed into
 * place, so a failure never leaves a half-written matrix under the requested name.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { endianness } from 'node:os';
import { once } from 'node:events';
import { distanceRow, type SequenceDistances } from '@liaison/core';

export type MatrixFormat = 'csv' | 'npy';

/** The format a path's extension names, or null. */
export function matrixFormatOf(path: string): MatrixFormat | null {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'npy' ? ext : null;
}

export async function writeMatrixFile(path: string, d: SequenceDistances): Promise<void> {
  const format = matrixFormatOf(path);
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await writeChunks(temporary, format === 'npy' ? npyChunks(d) : csvChunks(d));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const stream = createWriteStream(path);
  const failed = once(stream, 'error').then(([e]) => Promise.reject(e as Error));
  failed.catch(() => undefined);
  for (const chunk of chunks)
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
  stream.end();
  await Promise.race([once(stream, 'finish'), failed]);
}

/** The CSV text, row by row. */
export function* csvChunks(d: SequenceDistances): Generator<string> {
  yield `id,${d.ids.map(csvField).join(',')}\n`;
  const row = new Float64Array(d.ids.length);
  for (let i = 0; i < d.ids.length; i++) {
    distanceRow(d, i, row);
    yield `${csvField(d.ids[i] as string)},${row.join(',')}\n`;
  }
}

/** RFC 4180 quoting, only when needed. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The `.npy` bytes: magic, version 1.0, header length (uint16 LE), header, then the rows. */
export function* npyChunks(d: SequenceDistances): Generator<Uint8Array> {
  const n = d.ids.length;
  yield npyHeader(n);
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    distanceRow(d, i, row);
    const bytes = Buffer.from(row.buffer.slice(0));
    yield endianness() === 'LE' ? bytes : bytes.swap64();
  }
}

export function npyHeader(n: number): Uint8Array {
  const dict = `{'descr': '<f8', 'fortran_order': False, 'shape': (${n}, ${n}), }`;
  // 6 magic + 2 version + 2 length bytes, then the dict padded with spaces and ended by \n.
  const unpadded = 10 + dict.length + 1;
  const padding = (64 - (unpadded % 64)) % 64;
  const text = `${dict}${' '.repeat(padding)}\n`;
  const out = Buffer.alloc(10 + text.length);
  out.write('\x93NUMPY', 0, 'latin1');
  out[6] = 1;
  out[7] = 0;
  out.writeUInt16LE(text.length, 8);
  out.write(text, 10, 'latin1');
  return out;
}
