import type { Routes } from '@angular/router';
import { signedInGuard } from '../../core/auth/auth.guards';
import { guestOnlyGuard } from './guest-only.guard';

const accountRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'sign-in' },
  {
    path: 'sign-in',
    title: `${$localize`:@@account.title.signIn:Sign in`} · Play-Along`,
    canActivate: [guestOnlyGuard],
    loadComponent: () => import('./sign-in/sign-in.page'),
  },
  {
    path: 'sign-up',
    title: `${$localize`:@@account.title.signUp:Create account`} · Play-Along`,
    canActivate: [guestOnlyGuard],
    loadComponent: () => import('./sign-up/sign-up.page'),
  },
  { path: 'confirm', title: `${$localize`:@@account.title.confirm:Confirm your email`} · Play-Along`, loadComponent: () => import('./confirm/confirm.page') },
  {
    path: 'forgot-password',
    title: `${$localize`:@@account.title.forgotPassword:Forgot password`} · Play-Along`,
    loadComponent: () => import('./forgot-password/forgot-password.page'),
  },
  { path: 'reset', title: `${$localize`:@@account.title.reset:Reset password`} · Play-Along`, loadComponent: () => import('./reset/reset.page') },
  {
    path: 'membership',
    title: `${$localize`:@@account.title.membership:Membership`} · Play-Along`,
    canActivate: [signedInGuard],
    loadComponent: () => import('./billing/membership/membership.page'),
  },
  {
    path: 'orders',
    title: `${$localize`:@@account.title.orders:Orders & receipts`} · Play-Along`,
    canActivate: [signedInGuard],
    loadComponent: () => import('./billing/orders/orders.page'),
  },
  {
    path: 'settings',
    title: `${$localize`:@@account.title.settings:Settings`} · Play-Along`,
    canActivate: [signedInGuard],
    loadComponent: () => import('./settings/settings.page'),
  },
];

export default accountRoutes;
