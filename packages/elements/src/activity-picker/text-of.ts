/** Directory text as a string: anything else (missing, a number, an object) is empty. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
