export declare const NOT_INSTALLED: string;

export type ElectronLookup = { executable: string; version: string } | { problem: string };

export declare function findElectron(where: {
  env: Record<string, string | undefined>;
  electronDir: string;
  platform: string;
}): ElectronLookup;
