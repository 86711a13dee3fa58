import { HttpContextToken } from '@angular/common/http';

/** Set on a request whose failure the caller reports itself: the error interceptor shows no snack-bar. */
export const SILENT_ERRORS = new HttpContextToken<boolean>(() => false);
