import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('should keep an in-app path with its query and fragment when it is safe', () => {
    expect(safeReturnUrl('/courses/c1/lessons/l2?t=30#notes')).toBe('/courses/c1/lessons/l2?t=30#notes');
  });

  it('should fall back to the catalog when there is no returnUrl', () => {
    expect(safeReturnUrl(undefined)).toBe('/');
    expect(safeReturnUrl('')).toBe('/');
  });

  it('should refuse absolute and scheme URLs when they point elsewhere', () => {
    expect(safeReturnUrl('https://evil.example/phish')).toBe('/');
    expect(safeReturnUrl('javascript:alert(1)')).toBe('/');
    expect(safeReturnUrl('evil.example')).toBe('/');
  });

  it('should refuse protocol-relative and backslash tricks when they would leave the origin', () => {
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
    expect(safeReturnUrl('/%5Cevil.example')).toBe('/%5Cevil.example');
    expect(safeReturnUrl('/\tevil')).toBe('/');
  });

  it('should refuse account pages when they would loop back to a form', () => {
    expect(safeReturnUrl('/account/sign-in?returnUrl=/learning')).toBe('/');
    expect(safeReturnUrl('/account')).toBe('/');
    expect(safeReturnUrl('/account/confirm')).toBe('/');
    expect(safeReturnUrl('/account/reset/')).toBe('/');
  });

  it('should keep a signed-in account page when it is the return target', () => {
    expect(safeReturnUrl('/account/membership')).toBe('/account/membership');
    expect(safeReturnUrl('/account/orders?x=1')).toBe('/account/orders?x=1');
  });
});
