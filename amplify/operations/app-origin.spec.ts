import { App, Stack } from 'aws-cdk-lib';
import { appOriginFor, sandboxAppOrigin } from './app-origin';

const stackDeployedAs = (type: 'sandbox' | 'branch'): Stack =>
  new Stack(new App({ context: { 'amplify-backend-type': type } }), 'Backend');

describe('appOriginFor', () => {
  it('should use APP_ORIGIN when a branch deployment sets it', () => {
    expect(appOriginFor(stackDeployedAs('branch'), { APP_ORIGIN: 'https://learn.example.com' })).toBe('https://learn.example.com');
  });

  it('should keep only the origin when APP_ORIGIN carries a trailing slash or a path', () => {
    expect(appOriginFor(stackDeployedAs('branch'), { APP_ORIGIN: 'https://learn.example.com/' })).toBe('https://learn.example.com');
    expect(appOriginFor(stackDeployedAs('branch'), { APP_ORIGIN: 'https://learn.example.com/app' })).toBe('https://learn.example.com');
  });

  it('should fail naming APP_ORIGIN when it is not an http(s) URL', () => {
    expect(() => appOriginFor(stackDeployedAs('branch'), { APP_ORIGIN: 'learn.example.com' })).toThrowError(/APP_ORIGIN must be/);
  });

  it('should default to the local app when a sandbox leaves APP_ORIGIN unset', () => {
    expect(appOriginFor(stackDeployedAs('sandbox'), {})).toBe(sandboxAppOrigin);
  });

  it('should fail naming APP_ORIGIN when a branch deployment leaves it unset', () => {
    expect(() => appOriginFor(stackDeployedAs('branch'), {})).toThrowError(/APP_ORIGIN is not set/);
  });

  it('should fail when a branch deployment sets APP_ORIGIN empty', () => {
    expect(() => appOriginFor(stackDeployedAs('branch'), { APP_ORIGIN: '' })).toThrowError(/APP_ORIGIN is not set/);
  });
});
