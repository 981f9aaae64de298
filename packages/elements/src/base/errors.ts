/**
 * `lw-error` is one event name shared by every component, so its detail is
 * one type: the union of what each component reports. Each component adds
 * its detail to this map (module augmentation), keyed by its name.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LinkworkErrorDetails {}

/** The detail of any `lw-error`: tell them apart by `code`. */
export type LinkworkErrorDetail = LinkworkErrorDetails[keyof LinkworkErrorDetails];

declare global {
  interface HTMLElementEventMap {
    'lw-error': CustomEvent<LinkworkErrorDetail>;
  }
}
