import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { of } from 'rxjs';
import { AuthService } from '../../../../core/auth/auth.service';
import { CHECKOUT_CONFIRMATION_TIMEOUT_MS, PAYMENT_UNCONFIRMED_MESSAGE } from '../../../../core/checkout/checkout-confirmation.service';
import { CHECKOUT_CANCELLED_MESSAGE } from '../../../../core/checkout/checkout-return';
import { DataClientService } from '../../../../core/data/data-client';
import { BROWSER_LOCATION } from '../../../../shared/browser-location';
import { FakeAuth } from '../../../../shared/testing/student-fakes.spec';
import { FakeBillingData, membershipFixture, orderFixture, refused, settle } from '../testing/fake-billing-data.spec';
import MembershipPage, { RENEWAL_UNCHANGED_MESSAGE } from './membership.page';
import { MEMBERSHIP_RECHECK_DELAYS_MS } from './membership-renewal';

describe('MembershipPage', () => {
  let fake: FakeBillingData;
  let location: jasmine.SpyObj<{ assign(url: string): void }>;
  let snackBar: jasmine.SpyObj<MatSnackBar>;
  let dialogAnswer: boolean | undefined;
  let dialog: { open: jasmine.Spy };
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    fake = new FakeBillingData();
    location = jasmine.createSpyObj('location', ['assign']);
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    dialogAnswer = true;
    dialog = { open: jasmine.createSpy('open').and.callFake(() => ({ afterClosed: () => of(dialogAnswer) })) };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'account/membership', component: MembershipPage }]),
        { provide: AuthService, useValue: new FakeAuth().signIn().asService() },
        { provide: DataClientService, useValue: fake.asService() },
        { provide: BROWSER_LOCATION, useValue: location },
        { provide: MatSnackBar, useValue: snackBar },
        { provide: MatDialog, useValue: dialog },
        { provide: MEMBERSHIP_RECHECK_DELAYS_MS, useValue: [0, 0, 0] },
        { provide: CHECKOUT_CONFIRMATION_TIMEOUT_MS, useValue: 60_000 },
      ],
    });
  });

  async function open(url = '/account/membership'): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await stable();
    page = harness.routeNativeElement as HTMLElement;
  }

  async function stable(): Promise<void> {
    await settle(harness.fixture);
    await settle(harness.fixture);
  }

  /** Settles until `done` holds: a renewal change re-reads the membership several times. */
  async function until(done: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 20 && !done(); attempt++) await settle(harness.fixture);
  }

  function button(name: string): HTMLButtonElement | undefined {
    return [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  }

  async function click(name: string): Promise<void> {
    const target = button(name);
    if (!target) throw new Error(`no button "${name}"`);
    target.click();
    await stable();
  }

  const text = () => page.textContent?.replace(/\s+/g, ' ') ?? '';
  const alertText = () => page.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();

  describe('without a membership', () => {
    it('should offer to join at the plan price when the user never had a membership', async () => {
      await open();
      expect(button('Join for $15.00/month')).toBeDefined();
    });

    it('should start a membership checkout and leave for its page when Join is clicked', async () => {
      await open();
      await click('Join for $15.00/month');
      expect(fake.mutations.startCheckout).toHaveBeenCalledWith({ product: 'MEMBERSHIP' });
      expect(location.assign).toHaveBeenCalledWith('https://pay.test/checkout/cs_new');
    });

    it('should explain a refused checkout and offer the button again', async () => {
      fake.mutations.startCheckout.and.resolveTo(refused('your membership is already active'));
      await open();
      await click('Join for $15.00/month');
      expect([alertText(), button('Join for $15.00/month')?.disabled]).toEqual([
        "We couldn't start the checkout: Your membership is already active.",
        false,
      ]);
    });

    it('should say when the membership ended and offer to join again when it was canceled', async () => {
      fake.givenMembership(membershipFixture({ status: 'CANCELED', currentPeriodEnd: '2026-10-02T12:00:00.000Z' }));
      await open();
      expect([text().includes('Your membership ended on October 2, 2026.'), button('Join for $15.00/month') !== undefined]).toEqual([true, true]);
    });

    it('should offer a retry that reloads when the plan cannot be loaded', async () => {
      fake.queries.getMembershipPlan.and.rejectWith(new Error('offline'));
      await open();
      fake.queries.getMembershipPlan.and.resolveTo({ data: { priceCents: 1500, currency: 'usd', interval: 'month' } });
      await click('Retry');
      expect(button('Join for $15.00/month')).toBeDefined();
    });
  });

  describe('with an active membership', () => {
    beforeEach(() => fake.givenMembership(membershipFixture()));

    it('should show the status, the price and the renewal date', async () => {
      await open();
      expect([text().includes('Active'), text().includes('$15.00/month'), text().includes('Renews on December 2, 2026')]).toEqual([true, true, true]);
    });

    it('should not offer to join again', async () => {
      await open();
      expect([...page.querySelectorAll('button')].some((candidate) => candidate.textContent?.includes('Join'))).toBeFalse();
    });

    it('should cancel at the period end after the user confirms', async () => {
      fake.models.Membership.get.and.returnValues(
        Promise.resolve({ data: membershipFixture() }),
        Promise.resolve({ data: membershipFixture() }),
        Promise.resolve({ data: membershipFixture({ cancelAtPeriodEnd: true }) }),
      );
      await open();
      await click('Cancel membership');
      await until(() => button('Resume membership') !== undefined);
      expect(fake.mutations.setMembershipRenewal).toHaveBeenCalledWith({ cancelAtPeriodEnd: true });
      expect([text().includes('Ends on December 2, 2026'), button('Resume membership') !== undefined]).toEqual([true, true]);
    });

    it('should tell in the confirmation until when access continues', async () => {
      await open();
      await click('Cancel membership');
      expect(dialog.open).toHaveBeenCalledWith(jasmine.any(Function), { data: { periodEnd: '2026-12-02T12:00:00.000Z' } });
    });

    it('should not cancel when the user keeps the membership in the confirmation', async () => {
      dialogAnswer = false;
      await open();
      await click('Cancel membership');
      expect(fake.mutations.setMembershipRenewal).not.toHaveBeenCalled();
    });

    it('should say "Updating…" while waiting for the change to arrive', async () => {
      fake.mutations.setMembershipRenewal.and.returnValue(new Promise(() => undefined));
      await open();
      await click('Cancel membership');
      expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Updating…');
    });

    it('should say the change is not showing yet when the record does not change in time', async () => {
      await open();
      await click('Cancel membership');
      await until(() => text().includes(RENEWAL_UNCHANGED_MESSAGE));
      expect(text().includes(RENEWAL_UNCHANGED_MESSAGE)).toBeTrue();
    });

    it('should explain a refused cancellation', async () => {
      fake.mutations.setMembershipRenewal.and.resolveTo(refused('no membership to change', 'NotFound'));
      await open();
      await click('Cancel membership');
      expect(alertText()).toBe('Your membership was not cancelled: No membership to change.');
    });

    it('should open the billing portal returning to this page when Manage billing is clicked', async () => {
      await open();
      await click('Manage billing');
      expect(fake.mutations.openBillingPortal).toHaveBeenCalledWith({ returnPath: '/account/membership' });
      expect(location.assign).toHaveBeenCalledWith('https://pay.test/portal/bps_1');
    });

    it('should not ask for the plan', async () => {
      await open();
      expect(fake.queries.getMembershipPlan).not.toHaveBeenCalled();
    });
  });

  describe('with a membership ending at the period end', () => {
    beforeEach(() => fake.givenMembership(membershipFixture({ cancelAtPeriodEnd: true })));

    it('should show when it ends', async () => {
      await open();
      expect(text().includes('Ends on December 2, 2026')).toBeTrue();
    });

    it('should resume without asking when Resume is clicked', async () => {
      fake.models.Membership.get.and.returnValues(
        Promise.resolve({ data: membershipFixture({ cancelAtPeriodEnd: true }) }),
        Promise.resolve({ data: membershipFixture({ cancelAtPeriodEnd: false }) }),
      );
      await open();
      await click('Resume membership');
      expect([fake.mutations.setMembershipRenewal.calls.argsFor(0), text().includes('Renews on December 2, 2026')]).toEqual([
        [{ cancelAtPeriodEnd: false }],
        true,
      ]);
    });
  });

  describe('with a past-due membership', () => {
    beforeEach(() => fake.givenMembership(membershipFixture({ status: 'PAST_DUE', pastDueSince: '2026-12-02T12:00:00.000Z' })));

    it('should warn that the payment failed and access continues for a grace period', async () => {
      await open();
      expect(alertText()).toContain('Your last payment failed. Your access continues for a short grace period.');
    });

    it('should open the billing portal when Update card is clicked', async () => {
      await open();
      await click('Update card');
      expect(location.assign).toHaveBeenCalledWith('https://pay.test/portal/bps_1');
    });
  });

  describe('returning from checkout', () => {
    it('should wait for the order to be fulfilled and then show the membership', async () => {
      await open('/account/membership?checkout=success&session_id=cs_new');
      fake.givenMembership(membershipFixture());
      fake.orderUpdates.next(orderFixture({ id: 'cs_new', product: 'MEMBERSHIP', fulfilledAt: '2026-12-02T12:00:00.000Z' }));
      await stable();
      expect([fake.models.Order.onUpdate.calls.argsFor(0)[0], text().includes('Renews on December 2, 2026')]).toEqual([
        { filter: { id: { eq: 'cs_new' } }, authMode: 'userPool' },
        true,
      ]);
    });

    it('should not offer to join again while the payment is being confirmed', async () => {
      await open('/account/membership?checkout=success&session_id=cs_new');
      expect([page.querySelector('[role="status"]')?.textContent?.trim(), button('Join for $15.00/month')]).toEqual([
        'Confirming your payment…',
        undefined,
      ]);
    });

    it('should say the payment is still being confirmed when nothing arrives in time', async () => {
      TestBed.overrideProvider(CHECKOUT_CONFIRMATION_TIMEOUT_MS, { useValue: 1 });
      await open('/account/membership?checkout=success&session_id=cs_new');
      await stable();
      expect(text().includes(PAYMENT_UNCONFIRMED_MESSAGE)).toBeTrue();
    });

    it('should say the checkout was cancelled and drop the flag from the URL', async () => {
      await open('/account/membership?checkout=cancelled');
      expect([snackBar.open.calls.argsFor(0)[0], TestBed.inject(Router).url]).toEqual([CHECKOUT_CANCELLED_MESSAGE, '/account/membership']);
    });
  });

  it('should offer a retry when the membership cannot be loaded', async () => {
    fake.models.Membership.get.and.rejectWith(new Error('offline'));
    await open();
    expect(alertText()).toContain("We couldn't load your membership");
  });
});
