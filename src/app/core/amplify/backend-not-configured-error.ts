/** Raised at start-up when `/amplify_outputs.json` cannot be loaded or is not valid. */
export class BackendNotConfiguredError extends Error {
  constructor(readonly detail: string) {
    super('Backend not configured — run npm start');
    this.name = 'BackendNotConfiguredError';
  }
}
