/**
 * Refuses zip bombs before a .docx reaches mammoth (which inflates every part it reads into memory
 * with JSZip). Two checks, both with fflate:
 * 1. the central directory: entry count, declared total size, and each entry's compression ratio;
 * 2. the XML parts mammoth parses are inflated as a stream and stopped as soon as one yields more
 *    bytes than its header declared, so a header that lies about sizes cannot slip past check 1.
 * Sizes are bytes.
 */
import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';

export interface ZipLimits {
  /** Largest total uncompressed size of all entries. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for an entry bigger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

const MIB = 1024 * 1024;

/**
 * 200 MiB total and 10 000 entries are far above any real document; text XML compresses about
 * 10–30×, so a ratio of 200 on a part over 1 MiB only happens for crafted or padding data.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * MIB,
  maxRatio: 200,
  ratioFloorBytes: MIB,
  maxEntries: 10_000,
};

export type ZipCheck =
  { ok: true; names: string[] } | { ok: false; reason: 'corrupt' | 'bomb'; detail: string };

/** Parts whose inflated size is verified by streaming: the ones mammoth reads to extract text. */
const isParsedPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');

export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipCheck {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (info) => (entries.push(info), false) });
  } catch {
    return { ok: false, reason: 'corrupt', detail: 'its zip directory cannot be read' };
  }
  const declared = checkDeclaredSizes(entries, limits);
  if (declared) return { ok: false, reason: 'bomb', detail: declared };
  const sizes = new Map(
    entries.filter((e) => isParsedPart(e.name)).map((e) => [e.name, e.originalSize]),
  );
  const streamed = checkInflatedSizes(bytes, sizes);
  return streamed ? { ok: false, ...streamed } : { ok: true, names: entries.map((e) => e.name) };
}

function checkDeclaredSizes(entries: UnzipFileInfo[], limits: ZipLimits): string | null {
  if (entries.length > limits.maxEntries)
    return `it has ${entries.length} parts (limit ${limits.maxEntries})`;
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > limits.maxTotalBytes)
    return `it would expand to ${mib(total)} MiB (limit ${mib(limits.maxTotalBytes)} MiB)`;
  const packed = entries.find(
    (e) =>
      e.originalSize > limits.ratioFloorBytes &&
      e.originalSize / Math.max(e.size, 1) > limits.maxRatio,
  );
  return packed
    ? `a part expands ${Math.round(packed.originalSize / Math.max(packed.size, 1))} times (limit ${limits.maxRatio})`
    : null;
}

const mib = (bytes: number): string => (bytes / MIB).toFixed(1);

/** Inflates the parsed parts, stopping any that outgrows its declared size. */
function checkInflatedSizes(
  bytes: Uint8Array,
  declared: Map<string, number>,
): Omit<ZipCheck & { ok: false }, 'ok'> | null {
  let problem: Omit<ZipCheck & { ok: false }, 'ok'> | null = null;
  const unzip = new Unzip((file) => {
    const limit = declared.get(file.name);
    if (limit === undefined) return; // not a parsed part: skipped without inflating
    let produced = 0;
    file.ondata = (error, chunk) => {
      if (error) problem ??= { reason: 'corrupt', detail: 'a part cannot be decompressed' };
      produced += chunk?.length ?? 0;
      if (produced > limit) {
        problem ??= { reason: 'bomb', detail: 'a part expands to more than its header declares' };
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    problem ??= { reason: 'corrupt', detail: 'a part cannot be decompressed' };
  }
  return problem;
}
