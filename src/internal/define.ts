import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Defines a tag once. The same version already defined (the bundle included twice) is silent;
 * another version warns once and keeps the first definition.
 */
export function define(name: string, constructor: Versioned): void {
  const existing = customElements.get(name) as Versioned | undefined;
  if (existing) {
    if (existing !== constructor && existing.version !== VERSION) warnVersionClash(name, existing.version);
    return;
  }
  try {
    customElements.define(name, constructor);
  } catch (error) {
    // Another script defined the name between our check and define: same outcome as above.
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
  }
}

export function warnVersionClash(name: string, version: string | undefined): void {
  console.warn(
    `<${name}> is already defined by partnership-panel ${version ?? '(unknown version)'}; ` +
      `version ${VERSION} loaded too and was not used. Include the script once.`,
  );
}
