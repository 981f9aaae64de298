/** Path of the Chromium to test with: $CHROME_PATH or Debian's, or undefined when neither exists. */
export function chromiumPath(): string | undefined;
/** Flags for headless runs as root on a closed network. */
export const CHROMIUM_ARGS: string[];
