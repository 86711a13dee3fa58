import type { Routes } from '@angular/router';
import { adminGuard, signedInGuard } from './core/auth/auth.guards';

export const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'Catalog · Play-Along', loadComponent: () => import('./features/catalog/catalog.page') },
  { path: 'courses/:courseId', title: 'Course · Play-Along', loadComponent: () => import('./features/course/course.page') },
  {
    path: 'courses/:courseId/lessons/:lessonId',
    title: 'Lesson · Play-Along',
    loadComponent: () => import('./features/lesson-player/lesson-player.page'),
  },
  {
    path: 'learning',
    title: 'My learning · Play-Along',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/my-learning/my-learning.page'),
  },
  {
    path: 'certificates/verify',
    title: 'Verify a certificate · Play-Along',
    loadComponent: () => import('./features/certificates/verify-certificate.page'),
  },
  {
    path: 'certificates/verify/:code',
    title: 'Verify a certificate · Play-Along',
    loadComponent: () => import('./features/certificates/verify-certificate.page'),
  },
  { path: 'account', loadChildren: () => import('./features/account/account.routes') },
  { path: 'admin', canMatch: [adminGuard], loadChildren: () => import('./features/admin/admin.routes') },
  // Reached only by signed-in users outside ADMINS (adminGuard sends guests to sign-in).
  {
    path: 'admin',
    children: [
      { path: '**', title: 'Admin access · Play-Along', loadComponent: () => import('./features/admin/access/admin-access.page') },
    ],
  },
  { path: '**', title: 'Not found · Play-Along', loadComponent: () => import('./features/not-found/not-found.page') },
];
