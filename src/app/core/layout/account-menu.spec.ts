import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FakeAuth } from '../../shared/testing/student-fakes.spec';
import { AuthService } from '../auth/auth.service';
import { AccountMenu } from './account-menu';

describe('AccountMenu', () => {
  async function openMenu(): Promise<HTMLElement[]> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthService, useValue: new FakeAuth().signIn().asService() }],
    });
    const fixture = TestBed.createComponent(AccountMenu);
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button.account-trigger')?.click();
    await fixture.whenStable();
    return [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  it('should link the membership, orders and settings pages when the user is signed in', async () => {
    const links = (await openMenu())
      .filter((item) => item.tagName === 'A')
      .map((item) => [item.textContent?.trim(), item.getAttribute('href')]);
    expect(links).toEqual([
      ['Membership', '/account/membership'],
      ['Orders & receipts', '/account/orders'],
      ['Settings', '/account/settings'],
    ]);
  });
});
