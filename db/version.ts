import packageJson from '../package.json' with { type: 'json' };

/** The application version, as package.json declares it. */
export const appVersion: string = packageJson.version;
