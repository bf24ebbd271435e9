// Board ranks: strings that sort byte by byte (the column is COLLATE "C"), so placing an item between
// two neighbours rewrites only its own rank. The scheme is that of rocicorp's fractional-indexing:
// an integer part whose first character encodes its length (a0 … az, b00 … bzz, …; A… for the
// negative side) followed by an optional base-62 fraction that never ends in "0". Appending and
// prepending step the integer, so ranks grow with the logarithm of the column size; only repeated
// insertion at one spot grows the fraction, by about one character per six insertions.

const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const zero = digits[0]!;
const smallestInteger = `A${zero.repeat(26)}`;

export const maxRankLength = 128;

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2;
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new Error(`Invalid rank head "${head}"`);
}

function integerPart(rank: string): string {
  const length = integerLength(rank[0] ?? '');
  if (length > rank.length) throw new Error(`Invalid rank "${rank}"`);
  return rank.slice(0, length);
}

function validate(rank: string): void {
  if (rank === smallestInteger) throw new Error(`Invalid rank "${rank}"`);
  const fraction = rank.slice(integerPart(rank).length);
  if (fraction.endsWith(zero)) throw new Error(`Invalid rank "${rank}"`);
}

/** A fraction strictly between two fractions (b null: 1), never ending in "0". */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let shared = 0;
    while ((a[shared] ?? zero) === b[shared]) shared++;
    if (shared > 0) return b.slice(0, shared) + midpoint(a.slice(shared), b.slice(shared));
  }
  const low = a ? digits.indexOf(a[0]!) : 0;
  const high = b !== null ? digits.indexOf(b[0]!) : digits.length;
  if (high - low > 1) return digits[Math.round((low + high) / 2)]!;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return digits[low]! + midpoint(a.slice(1), null);
}

function stepInteger(integer: string, step: 1 | -1): string | null {
  const [head, ...body] = integer.split('') as [string, ...string[]];
  let carry = true;
  for (let i = body.length - 1; carry && i >= 0; i--) {
    const value = digits.indexOf(body[i]!) + step;
    if (value === digits.length) body[i] = zero;
    else if (value === -1) body[i] = digits.at(-1)!;
    else {
      body[i] = digits[value]!;
      carry = false;
    }
  }
  if (!carry) return head + body.join('');
  if (step === 1) {
    if (head === 'Z') return `a${zero}`;
    if (head === 'z') return null;
    const next = String.fromCharCode(head.charCodeAt(0) + 1);
    if (next > 'a') body.push(zero);
    else body.pop();
    return next + body.join('');
  }
  if (head === 'a') return `Z${digits.at(-1)}`;
  if (head === 'A') return null;
  const previous = String.fromCharCode(head.charCodeAt(0) - 1);
  if (previous < 'Z') body.push(digits.at(-1)!);
  else body.pop();
  return previous + body.join('');
}

/** A rank strictly between `before` and `after` (null: the open end of the column). */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null) validate(before);
  if (after !== null) validate(after);
  if (before !== null && after !== null && before >= after) {
    throw new Error(`Rank "${before}" is not before "${after}"`);
  }
  if (before === null) {
    if (after === null) return `a${zero}`;
    const integer = integerPart(after);
    if (integer === smallestInteger) return integer + midpoint('', after.slice(integer.length));
    if (integer < after) return integer;
    const previous = stepInteger(integer, -1);
    if (previous === null) throw new Error('No rank before the smallest one');
    return previous;
  }
  const integer = integerPart(before);
  const fraction = before.slice(integer.length);
  if (after === null) return stepInteger(integer, 1) ?? integer + midpoint(fraction, null);
  const afterInteger = integerPart(after);
  if (integer === afterInteger) return integer + midpoint(fraction, after.slice(afterInteger.length));
  const next = stepInteger(integer, 1);
  if (next !== null && next < after) return next;
  return integer + midpoint(fraction, null);
}

/** `count` increasing ranks between `before` and `after`, spread so that later insertions have room. */
export function ranksBetween(before: string | null, after: string | null, count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [rankBetween(before, after)];
  if (after === null) {
    const ranks: string[] = [];
    let last = before;
    for (let i = 0; i < count; i++) ranks.push((last = rankBetween(last, null)));
    return ranks;
  }
  if (before === null) {
    const ranks: string[] = [];
    let first = after;
    for (let i = 0; i < count; i++) ranks.push((first = rankBetween(null, first)));
    return ranks.reverse();
  }
  const middle = Math.floor(count / 2);
  const pivot = rankBetween(before, after);
  return [...ranksBetween(before, pivot, middle), pivot, ...ranksBetween(pivot, after, count - middle - 1)];
}

/** `count` short increasing ranks, for renumbering a whole column. */
export const spreadRanks = (count: number): string[] => ranksBetween(null, null, count);
