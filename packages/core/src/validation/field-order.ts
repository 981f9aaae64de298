/** A table of fields in form order, each with the reasons it can be rejected for. */
export type FieldTable = Readonly<Record<string, readonly string[]>>;

/** The field of a dotted error path (`reasons.1` → `reasons.N`), whether or not validation reports on it. */
export function fieldPattern(path: string): string {
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? 'N' : part))
    .join('.');
}

/**
 * Where each path comes in the form order of `fields`, for sorting errors;
 * paths whose field is not in the table come last.
 */
export function fieldOrderOf(fields: FieldTable): (path: string) => number {
  const order = new Map(Object.keys(fields).map((field, i) => [field, i]));
  return (path) => order.get(fieldPattern(path)) ?? order.size;
}
