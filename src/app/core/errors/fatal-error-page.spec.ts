import { BackendNotConfiguredError } from '../amplify/backend-not-configured-error';
import { renderFatalError } from './fatal-error-page';

describe('renderFatalError', () => {
  let doc: Document;

  beforeEach(() => {
    doc = document.implementation.createHTMLDocument('test');
    doc.body.innerHTML = '<app-root></app-root>';
  });

  it('should replace the page with the run-npm-start message when the backend is not configured', () => {
    renderFatalError(doc, new BackendNotConfiguredError('/amplify_outputs.json could not be loaded (HTTP 404).'));

    expect(doc.querySelector('app-root')).toBeNull();
    expect(doc.querySelector('[role="alert"] h1')?.textContent).toBe('Backend not configured — run npm start');
    expect(doc.body.textContent).toContain('HTTP 404');
  });

  it('should show the error message when start-up fails for another reason', () => {
    renderFatalError(doc, new Error('boom'));

    expect(doc.querySelector('h1')?.textContent).toBe('Play-Along could not start');
    expect(doc.body.textContent).toContain('boom');
  });
});
