import type * as OrukServer from './oruk-server.mjs';

/**
 * Where tests reach the ORUK test directory: in a browser (web-test-runner)
 * the dev server's middleware under `/__test__/oruk`; in Node a server
 * started here on 127.0.0.1. `root` is followed by fault segments and the
 * dialect (`${root}/status=503/v3`).
 */
export interface TestDirectory {
  readonly root: string;
  close(): Promise<void>;
}

export async function openTestDirectory(): Promise<TestDirectory> {
  if (typeof document !== 'undefined') {
    return { root: `${globalThis.location.origin}/__test__/oruk`, close: async () => undefined };
  }
  // A computed specifier, so that browser bundlers leave the Node server alone.
  const serverModule = './oruk-server.mjs';
  const { startOrukTestServer } = (await import(
    /* @vite-ignore */ serverModule
  )) as typeof OrukServer;
  const server = await startOrukTestServer();
  return { root: server.url, close: () => server.close() };
}
