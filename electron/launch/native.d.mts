interface Target {
  version: string;
  platform: string;
  arch: string;
}

export declare function nativeCacheFile(root: string, target: Target): string;

export declare function nodeGypEnv(
  env: Record<string, string | undefined>,
): Record<string, string | undefined>;

export declare function ensureElectronSqlite(options: {
  root: string;
  version: string;
  platform?: string;
  arch?: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}): string;
