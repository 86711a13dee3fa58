import type { Routes } from '@angular/router';
import { adminGuard, signedInGuard } from './core/auth/auth.guards';

export const routes: Routes = [
  { path: '', pathMatch: 'full', title: $localize`:@@app.title.catalog:Catalog · Play-Along`, loadComponent: () => import('./features/catalog/catalog.page') },
  { path: 'courses/:courseId', title: $localize`:@@app.title.course:Course · Play-Along`, loadComponent: () => import('./features/course/course.page') },
  {
    path: 'courses/:courseId/lessons/:lessonId',
    title: $localize`:@@app.title.lesson:Lesson · Play-Along`,
    loadComponent: () => import('./features/lesson-player/lesson-player.page'),
  },
  {
    path: 'learning',
    title: $localize`:@@app.title.learning:My learning · Play-Along`,
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/my-learning/my-learning.page'),
  },
  {
    path: 'certificates/verify',
    title: $localize`:@@app.title.verifyCertificate:Verify a certificate · Play-Along`,
    loadComponent: () => import('./features/certificates/verify-certificate.page'),
  },
  {
    path: 'certificates/verify/:code',
    title: $localize`:@@app.title.verifyCertificate:Verify a certificate · Play-Along`,
    loadComponent: () => import('./features/certificates/verify-certificate.page'),
  },
  { path: 'account', loadChildren: () => import('./features/account/account.routes') },
  { path: 'admin', canMatch: [adminGuard], loadChildren: () => import('./features/admin/admin.routes') },
  // Reached only by signed-in users outside ADMINS (adminGuard sends guests to sign-in).
  {
    path: 'admin',
    children: [
      { path: '**', title: $localize`:@@app.title.adminAccess:Admin access · Play-Along`, loadComponent: () => import('./features/admin/access/admin-access.page') },
    ],
  },
  { path: '**', title: $localize`:@@app.title.notFound:Not found · Play-Along`, loadComponent: () => import('./features/not-found/not-found.page') },
];
