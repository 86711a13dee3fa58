import type { Routes } from '@angular/router';

/** The course-admin studio and the orders; the parent route is guarded by adminGuard (the server enforces every rule). */
export default [
  { path: '', title: $localize`:@@admin.routes.title.courses:Courses · Admin · Play-Along`, loadComponent: () => import('./courses/course-list.page') },
  { path: 'courses/new', title: $localize`:@@admin.routes.title.newCourse:New course · Admin · Play-Along`, loadComponent: () => import('./courses/course-create.page') },
  { path: 'courses/:courseId', title: $localize`:@@admin.routes.title.studio:Course studio · Admin · Play-Along`, loadComponent: () => import('./studio/course-studio.page') },
  { path: 'audit', title: $localize`:@@admin.routes.title.audit:Audit trail · Admin · Play-Along`, loadComponent: () => import('./audit/audit.page') },
  { path: 'orders', title: $localize`:@@admin.routes.title.orders:Orders · Admin · Play-Along`, loadComponent: () => import('./orders/orders.page') },
] satisfies Routes;
