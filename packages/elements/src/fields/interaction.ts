/**
 * When a field's error may be shown (Lion's interaction states, GOV.UK's
 * timing): after the person leaves a field they changed, or once they have
 * tried to continue — never while they type the first characters.
 */
export interface InteractionState {
  /** The value differs from what the field started with. */
  readonly dirty: boolean;
  /** Focus has left the field at least once since it became dirty. */
  readonly leftAfterChange: boolean;
  /** The person pressed Continue (or submit) on this step. */
  readonly submitted: boolean;
  /** The field was prefilled by the host (its errors show at once). */
  readonly prefilled?: boolean;
}

export function shouldShowError(state: InteractionState): boolean {
  return state.submitted || (state.dirty && state.leftAfterChange) || (state.prefilled ?? false);
}

/**
 * Tracks interaction per field path. Pure data: a component keeps one and asks
 * it whether to show each field's error.
 */
export class FieldInteractions {
  private readonly initial = new Map<string, string>();
  private readonly current = new Map<string, string>();
  private readonly left = new Set<string>();
  private readonly prefilledPaths = new Set<string>();
  submitted = false;

  /** Records the starting value of a field (for example the host's prefill). */
  start(path: string, value: string, { prefilled = false } = {}): void {
    this.initial.set(path, value);
    this.current.set(path, value);
    if (prefilled && value !== '') this.prefilledPaths.add(path);
  }

  input(path: string, value: string): void {
    if (!this.initial.has(path)) this.initial.set(path, '');
    this.current.set(path, value);
  }

  leave(path: string): void {
    if (this.isDirty(path)) this.left.add(path);
  }

  isDirty(path: string): boolean {
    return (this.current.get(path) ?? '') !== (this.initial.get(path) ?? '');
  }

  showsError(path: string): boolean {
    return shouldShowError({
      dirty: this.isDirty(path),
      leftAfterChange: this.left.has(path),
      submitted: this.submitted,
      prefilled: this.prefilledPaths.has(path),
    });
  }

  /** Forgets everything, as a form reset does. */
  reset(): void {
    this.initial.clear();
    this.current.clear();
    this.left.clear();
    this.prefilledPaths.clear();
    this.submitted = false;
  }
}
