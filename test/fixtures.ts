import type * as NodeFs from 'node:fs/promises';

/**
 * Loads a file from test/fixtures (copies of the shared Linkwork fixtures),
 * the same way in Chromium (served by the test runner) and in Node (from disk),
 * so that core's tests run unchanged in both.
 */
export async function loadFixture<T = unknown>(name: string): Promise<T> {
  if (typeof document !== 'undefined') {
    const response = await fetch(`/test/fixtures/${name}`);
    if (!response.ok) throw new Error(`Fixture ${name}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }
  // A computed specifier, so that browser bundlers leave Node's fs alone.
  const fsModule = 'node:fs/promises';
  const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof NodeFs;
  const url = new URL(`./fixtures/${name}`, import.meta.url);
  return JSON.parse(await readFile(url, 'utf8')) as T;
}
