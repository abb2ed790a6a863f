/**
 * The smallest string greater than every string that starts with `prefix`, in code-point
 * order (which is UTF-8 byte order, the order of PostgreSQL's ~<~ operators): strings with
 * the prefix are exactly those in [prefix, nextPrefix(prefix)).
 */
export function nextPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop();
  if (last === undefined) throw new RangeError('an empty prefix has no upper bound');
  return chars.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}
