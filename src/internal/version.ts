/** This package's version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

export function warnVersionClash(name: string, version: string | undefined): void {
  console.warn(
    `<${name}> is already defined by partnership-panel ${version ?? '(unknown version)'}; ` +
      `version ${VERSION} loaded too and was not used. Include the script once.`,
  );
}
