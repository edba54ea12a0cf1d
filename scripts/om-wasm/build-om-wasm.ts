/**
 * Generates packages/core/src/sequence/om-wasm-bytes.ts: the WebAssembly module of the OM
 * kernel's inner loop (docs/sequence.md, "Performance"). The module is written here, instruction
 * by instruction, with a tiny assembler for the few opcodes it needs (WebAssembly Core
 * Specification 2.0 §5 binary format; SIMD opcodes from §5.4.8), so no toolchain is needed and
 * the committed bytes can be regenerated and compared: `npx tsx scripts/om-wasm/build-om-wasm.ts`.
 *
 * It exports `span` (below) and `fill(first, last, cols, stride8, bases, indel)`, which computes rows first..last of
 * the OM table (distance-kernels.ts, `AlignmentKernel`) for one pair, four rows at a time
 * (`rows4`), with the triangles at the ends and the leftover rows done cell by cell (`span`).
 * Each cell is min(min(diag + sm, up + indel), left + indel), computed with `f64x2.add` and
 * `f64x2.pmin` (b < a ? b : a: one `minpd`, no branch) in exactly the JavaScript kernel's order
 * of operations, so the values are the same bit for bit. Only lane 0 of each vector is used:
 * SIMD is here for the branch-free minimum. All addresses are byte offsets in the exported
 * memory, which the caller grows and lays out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '../../packages/core/src/sequence/om-wasm-bytes.ts');

/** Unsigned LEB128 (spec §5.2.2). */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (text: string): number[] => vec([...new TextEncoder().encode(text)].map((b) => [b]));

const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;

// Instructions (spec §5.4).
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
/** Signed LEB128 (spec §5.2.2), for i32.const. */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}
const i32Const = (n: number) => [0x41, ...sleb(n)];
const I32_ADD = [0x6a];
const I32_SUB = [0x6b];
const I32_MUL = [0x6c];
const I32_LE_U = [0x4d];
const I32_GT_U = [0x4b];
const I32_LT_U = [0x49];
const I32_OR = [0x72];
const i32Load = (offset = 0) => [0x28, 2, ...uleb(offset)];
const f64Store = (offset = 0) => [0x39, 3, ...uleb(offset)];
const F64_CONVERT_I32_U = [0xb8];
const F64_MUL = [0xa2];
const call = (f: number) => [0x10, ...uleb(f)];
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const END = [0x0b];
const brIf = (depth: number) => [0x0d, ...uleb(depth)];
const br = (depth: number) => [0x0c, ...uleb(depth)];
const simd = (op: number, ...imm: number[]) => [0xfd, ...uleb(op), ...imm];
const F64_ALIGN = 3;
const load64Zero = (offset = 0) => simd(0x5d, F64_ALIGN, ...uleb(offset));
const store64Lane0 = (offset = 0) => simd(0x5b, F64_ALIGN, ...uleb(offset), 0);
const F64X2_SPLAT = simd(0x14);
const F64X2_ADD = simd(0xf0);
const F64X2_PMIN = simd(0xf6);

/**
 * `rows<Q>(p, row_0..row_{Q−1}, prof_0..prof_{Q−1}, end8, indel)`: rows r..r+Q−1 at once, row
 * r + q one column behind row r + q − 1, so the Q minimum chains overlap. Lane q computes
 * F[r+q][k−q] for k = Q..cols; row_q and prof_q are the byte addresses of row r + q and of the
 * profile row of y_{r+q} at column 0, minus 8q, so that lane q's cell is at row_q + 8k.
 */
function rowsFunction(q: number): number[] {
  const P = 0;
  const ROW = (i: number) => 1 + i;
  const PROF = (i: number) => 1 + q + i;
  const END8 = 1 + 2 * q;
  const INDEL = 2 + 2 * q;
  // Locals after the parameters: k8, then vectors I, U, and per lane L, D, H, B, S.
  const K8 = 3 + 2 * q;
  const I = K8 + 1;
  const U = K8 + 2;
  const L = (i: number) => K8 + 3 + i;
  const D = (i: number) => K8 + 3 + q + i;
  const H = (i: number) => K8 + 3 + 2 * q + i;
  const B = (i: number) => K8 + 3 + 3 * q + i;
  const addr = (base: number) => [...get(base), ...get(K8), ...I32_ADD];
  const step: number[] = [...addr(P), ...load64Zero(), ...set(U)];
  // H_i = L_i + indel: lane i's horizontal step and lane i + 1's vertical one.
  for (let i = 0; i < q; i++) step.push(...get(L(i)), ...get(I), ...F64X2_ADD, ...set(H(i)));
  // From the last lane to the first, so lane i − 1's L is still last iteration's.
  for (let i = q - 1; i >= 0; i--) {
    // B_i = pmin(up + indel, D_i + sm[y_{r+i}][x_{k−i}]); up + indel = U + I or H_{i−1}.
    if (i === 0) step.push(...get(U), ...get(I), ...F64X2_ADD);
    else step.push(...get(H(i - 1)));
    step.push(...get(D(i)), ...addr(PROF(i)), ...load64Zero(), ...F64X2_ADD, ...F64X2_PMIN);
    step.push(...set(B(i)));
    // Next diagonal: the up of this iteration (U, or lane i − 1's last value).
    step.push(...get(i === 0 ? U : L(i - 1)), ...set(D(i)));
    // L_i = pmin(H_i, B_i) → F[r+i][k−i].
    step.push(...get(H(i)), ...get(B(i)), ...F64X2_PMIN, ...set(L(i)));
    step.push(...addr(ROW(i)), ...get(L(i)), ...store64Lane0());
  }
  step.push(...get(K8), ...i32Const(8), ...I32_ADD, ...set(K8));
  step.push(...get(K8), ...get(END8), ...I32_LE_U, 0x0d, 0x00);
  // Start at k = q: L_i = F[r+i][q−1−i], D_i = F[r+i−1][q−1−i] (row r − 1 for lane 0).
  const init: number[] = [...get(INDEL), ...F64X2_SPLAT, ...set(I)];
  for (let i = 0; i < q; i++) {
    init.push(...get(ROW(i)), ...load64Zero(8 * (q - 1)), ...set(L(i)));
    if (i === 0) init.push(...get(P), ...load64Zero(8 * (q - 1)), ...set(D(0)));
    else init.push(...get(ROW(i - 1)), ...load64Zero(8 * (q - 2)), ...set(D(i)));
  }
  init.push(...i32Const(8 * q), ...set(K8));
  const locals = vec([
    [1, I32],
    [2 + 4 * q, V128],
  ]);
  return [...locals, ...init, 0x03, 0x40, ...step, 0x0b, 0x0b];
}

/**
 * `span(p, c, prof, from8, to8, indel)`: columns from + 1..to of the row at c from the row at p
 * (byte addresses of column 0; from8 = 8·from, to8 = 8·to), one cell after the other.
 */
function spanFunction(): number[] {
  const [P, C, PROF, FROM8, TO8, INDEL] = [0, 1, 2, 3, 4, 5];
  const [K8, I, L, D, U] = [6, 7, 8, 9, 10];
  const at = (base: number) => [...get(base), ...get(K8), ...I32_ADD];
  const body = [
    ...get(INDEL),
    ...F64X2_SPLAT,
    ...set(I),
    ...get(C),
    ...get(FROM8),
    ...I32_ADD,
    ...load64Zero(),
    ...set(L),
    ...get(P),
    ...get(FROM8),
    ...I32_ADD,
    ...load64Zero(),
    ...set(D),
    ...get(FROM8),
    ...i32Const(8),
    ...I32_ADD,
    ...set(K8),
    ...BLOCK,
    ...LOOP,
    ...get(K8),
    ...get(TO8),
    ...I32_GT_U,
    ...brIf(1),
    ...at(P),
    ...load64Zero(),
    ...set(U),
    // L = pmin(L + I, pmin(U + I, D + sm)).
    ...get(L),
    ...get(I),
    ...F64X2_ADD,
    ...get(U),
    ...get(I),
    ...F64X2_ADD,
    ...get(D),
    ...at(PROF),
    ...load64Zero(),
    ...F64X2_ADD,
    ...F64X2_PMIN,
    ...F64X2_PMIN,
    ...set(L),
    ...at(C),
    ...get(L),
    ...store64Lane0(),
    ...get(U),
    ...set(D),
    ...get(K8),
    ...i32Const(8),
    ...I32_ADD,
    ...set(K8),
    ...br(0),
    ...END,
    ...END,
    ...END,
  ];
  const locals = vec([
    [1, I32],
    [4, V128],
  ]);
  return [...locals, ...body];
}

const SPAN = 0;
const ROWS4 = 1;

/**
 * `fill(first, last, cols, stride8, bases, indel)`: rows first..last of the table, `cols` wide,
 * from row first − 1. Row x is at x·stride8; the i32 at bases + 4x is the byte address of its
 * profile row (column 0). Four rows at a time through rows4 (its triangles through span), the
 * rest one by one; column 0 of row x is x·indel, as in JavaScript.
 */
function fillFunction(): number[] {
  const [FIRST, LAST, COLS, STRIDE8, BASES, INDEL] = [0, 1, 2, 3, 4, 5];
  const [R, END8] = [6, 7];
  const row = (i: number) => [...get(R), ...i32Const(i), ...I32_ADD, ...get(STRIDE8), ...I32_MUL];
  const rowAt = (i: number, minus: number) => [...row(i), ...i32Const(minus), ...I32_SUB];
  const base = (i: number) => [
    ...get(R),
    ...i32Const(i),
    ...I32_ADD,
    ...i32Const(4),
    ...I32_MUL,
    ...get(BASES),
    ...I32_ADD,
    ...i32Load(),
  ];
  const baseAt = (i: number, minus: number) => [...base(i), ...i32Const(minus), ...I32_SUB];
  const firstColumn = (i: number) => [
    ...row(i),
    ...get(R),
    ...i32Const(i),
    ...I32_ADD,
    ...F64_CONVERT_I32_U,
    ...get(INDEL),
    ...F64_MUL,
    ...f64Store(),
  ];
  const span = (i: number, from8: number[], to8: number[]) => [
    ...row(i - 1),
    ...row(i),
    ...base(i),
    ...from8,
    ...to8,
    ...get(INDEL),
    ...call(SPAN),
  ];
  const group: number[] = [];
  for (let i = 0; i < 4; i++) group.push(...firstColumn(i));
  for (let i = 0; i < 3; i++) group.push(...span(i, i32Const(0), i32Const(8 * (3 - i))));
  group.push(...row(-1 + 0));
  for (let i = 0; i < 4; i++) group.push(...rowAt(i, 8 * i));
  for (let i = 0; i < 4; i++) group.push(...baseAt(i, 8 * i));
  group.push(...get(END8), ...get(INDEL), ...call(ROWS4));
  for (let i = 1; i < 4; i++)
    group.push(...span(i, [...get(END8), ...i32Const(8 * i), ...I32_SUB], get(END8)));
  const body = [
    ...get(COLS),
    ...i32Const(8),
    ...I32_MUL,
    ...set(END8),
    ...get(FIRST),
    ...set(R),
    // Groups of four while r + 3 ≤ last and cols ≥ 4.
    ...BLOCK,
    ...LOOP,
    ...get(R),
    ...i32Const(3),
    ...I32_ADD,
    ...get(LAST),
    ...I32_GT_U,
    ...get(COLS),
    ...i32Const(4),
    ...I32_LT_U,
    ...I32_OR,
    ...brIf(1),
    ...group,
    ...get(R),
    ...i32Const(4),
    ...I32_ADD,
    ...set(R),
    ...br(0),
    ...END,
    ...END,
    // The rest, one row at a time.
    ...BLOCK,
    ...LOOP,
    ...get(R),
    ...get(LAST),
    ...I32_GT_U,
    ...brIf(1),
    ...firstColumn(0),
    ...span(0, i32Const(0), get(END8)),
    ...get(R),
    ...i32Const(1),
    ...I32_ADD,
    ...set(R),
    ...br(0),
    ...END,
    ...END,
    ...END,
  ];
  return [...vec([[2, I32]]), ...body];
}

const fiveI32F64 = vec([[I32], [I32], [I32], [I32], [I32], [F64]]);
const rows4Params = vec([...Array<number[]>(10).fill([I32]), [F64]]);

const module = [
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(
    1,
    vec([
      [0x60, ...fiveI32F64, 0x00],
      [0x60, ...rows4Params, 0x00],
    ]),
  ),
  ...section(3, vec([[0], [1], [0]])), // span, rows4, fill
  ...section(5, vec([[0x00, 1]])), // memory 0: at least 1 page, grown by the caller
  ...section(
    7,
    vec([
      [...name('fill'), 0x00, 2],
      [...name('span'), 0x00, SPAN],
      [...name('memory'), 0x02, 0],
    ]),
  ),
  ...section(
    10,
    vec([spanFunction(), rowsFunction(4), fillFunction()].map((c) => [...uleb(c.length), ...c])),
  ),
];

const base64 = Buffer.from(module).toString('base64');
const source = `/**
 * The OM kernel's inner loop as a WebAssembly module (${module.length} bytes), generated by
 * scripts/om-wasm/build-om-wasm.ts, which holds its source and explains it. Do not edit: run
 * \`npx tsx scripts/om-wasm/build-om-wasm.ts\` to regenerate.
 */
export const OM_WASM_BASE64 =
  '${base64}';
`;
// `--check` (used by the core test suite) compares instead of writing, so the committed bytes
// cannot drift from this source.
if (process.argv.includes('--check')) {
  const same = readFileSync(OUT, 'utf8') === source;
  console.log(same ? 'om-wasm-bytes.ts matches its generator' : 'om-wasm-bytes.ts is stale');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(OUT, source);
  console.log(`wrote ${OUT} (${module.length} bytes)`);
}
