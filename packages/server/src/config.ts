/** The server's configuration from environment variables (see main.ts). */

/** What `main` starts the server with. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  /** Absent: `main` makes a random token for the run and prints it. */
  readonly staffToken: string | undefined;
  readonly corsOrigins: readonly string[];
  /** `LINKWORK_TRUST_PROXY=true`: rate-limit by the address the reverse proxy forwards. */
  readonly trustProxy: boolean;
}

/** The server's settings from environment variables. */
export function configFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): ServerConfig {
  const port = Number(env.PORT?.trim() || 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new RangeError('PORT must be a whole number from 0 to 65535');
  const staffToken = env.LINKWORK_STAFF_TOKEN?.trim() || undefined;
  const corsOrigins = (env.LINKWORK_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    const parsed = new URL(origin);
    if (parsed.origin !== origin)
      throw new RangeError(
        `LINKWORK_CORS_ORIGINS: ${origin} is not an origin (scheme://host[:port])`,
      );
  }
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.LINKWORK_DATA_DIR ? { dataDir: env.LINKWORK_DATA_DIR } : {}),
    staffToken,
    corsOrigins,
    trustProxy: /^(?:1|true|yes)$/i.test(env.LINKWORK_TRUST_PROXY?.trim() ?? ''),
  };
}
