import { BackendNotConfiguredError } from '../amplify/backend-not-configured-error';

/** Replaces the page with a plain message when the app could not start (no Angular, no Material: they failed to boot). */
export function renderFatalError(document: Document, error: unknown): void {
  const title = error instanceof BackendNotConfiguredError ? error.message : $localize`:@@core.fatalError.title:Play-Along could not start`;
  const detail =
    error instanceof BackendNotConfiguredError
      ? `${error.detail} Start the local cloud with "npm start", or deploy the backend so amplify_outputs.json is generated.`
      : error instanceof Error
        ? error.message
        : String(error);
  const main = document.createElement('main');
  main.className = 'fatal-error';
  main.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = title;
  const paragraph = document.createElement('p');
  paragraph.textContent = detail;
  main.append(heading, paragraph);
  document.body.replaceChildren(main);
  document.title = title;
}
