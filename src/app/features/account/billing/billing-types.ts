import type { Schema } from '../../../../../amplify/data/resource';

export type MembershipRecord = Schema['Membership']['type'];
export type MembershipStatus = Schema['MembershipStatus']['type'];
export type MembershipPlan = Schema['MembershipPlan']['type'];
export type MembershipInvoice = Schema['MembershipInvoice']['type'];
export type OrderRecord = Schema['Order']['type'];
