import type { AppSyncIdentity, Context } from 'aws-lambda';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation, fieldNameOf } from '../shared/appsync-event';
import { badRequest, resolveWith, unauthorized } from '../shared/errors';
import { callerOf, emailClaimOf, requireAdmin, type Caller } from '../shared/identity';
import { correlate } from '../shared/logger';
import { membershipPlan } from '../shared/membership-plan';
import { parseArgs } from '../shared/parse-args';
import { listMyInvoices, openBillingPortal, setMembershipRenewal } from './membership-billing';
import { refundOrder } from './refund-order';
import { adminRefundOrderArgs, noArgs, openBillingPortalArgs, setMembershipRenewalArgs } from './schema';

type GetMembershipPlan = Schema['getMembershipPlan']['functionHandler'];
type OpenBillingPortal = Schema['openBillingPortal']['functionHandler'];
type SetMembershipRenewal = Schema['setMembershipRenewal']['functionHandler'];
type ListMyInvoices = Schema['listMyInvoices']['functionHandler'];
type AdminRefundOrder = Schema['adminRefundOrder']['functionHandler'];
type BillingEvent =
  | Parameters<GetMembershipPlan>[0]
  | Parameters<OpenBillingPortal>[0]
  | Parameters<SetMembershipRenewal>[0]
  | Parameters<ListMyInvoices>[0]
  | Parameters<AdminRefundOrder>[0];

export const getMembershipPlan = (async (event) => {
  parseArgs(noArgs, event.arguments);
  return membershipPlan();
}) satisfies GetMembershipPlan;

export const openPortal = (async (event) => {
  const { returnPath } = parseArgs(openBillingPortalArgs, event.arguments);
  return openBillingPortal(signedIn(event.identity, 'manage a membership').sub, returnPath);
}) satisfies OpenBillingPortal;

export const setRenewal = (async (event) => {
  const { cancelAtPeriodEnd } = parseArgs(setMembershipRenewalArgs, event.arguments);
  return setMembershipRenewal(signedIn(event.identity, 'change a membership').sub, cancelAtPeriodEnd);
}) satisfies SetMembershipRenewal;

export const listInvoices = (async (event) => {
  parseArgs(noArgs, event.arguments);
  return listMyInvoices(signedIn(event.identity, 'see invoices').sub);
}) satisfies ListMyInvoices;

export const refund = (async (event) => {
  const caller = requireAdmin(event.identity, 'refund orders');
  const { orderId, reason } = parseArgs(adminRefundOrderArgs, event.arguments);
  return refundOrder({ id: caller.sub, email: emailClaimOf(event.identity) }, orderId, reason);
}) satisfies AdminRefundOrder;

/**
 * The Stripe calls a person starts (AppSync routes the five billing fields here). None of them
 * changes our payment records: orders and memberships change only through verified Stripe events.
 */
export const handler = async (event: BillingEvent, context?: Context): Promise<unknown> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    switch (fieldNameOf(event)) {
      case 'getMembershipPlan':
        return getMembershipPlan(event as Parameters<GetMembershipPlan>[0]);
      case 'openBillingPortal':
        return openPortal(event as Parameters<OpenBillingPortal>[0]);
      case 'setMembershipRenewal':
        return setRenewal(event as Parameters<SetMembershipRenewal>[0]);
      case 'listMyInvoices':
        return listInvoices(event as Parameters<ListMyInvoices>[0]);
      case 'adminRefundOrder':
        return refund(event as Parameters<AdminRefundOrder>[0]);
      default:
        throw badRequest(`billing does not serve ${fieldNameOf(event)}`);
    }
  });
};

/** AppSync admits only signed-in users to these fields; checked again so a misconfiguration cannot open them. */
function signedIn(identity: AppSyncIdentity | null | undefined, doing: string): Caller {
  const caller = callerOf(identity);
  if (!caller) throw unauthorized(`sign in to ${doing}`);
  return caller;
}
