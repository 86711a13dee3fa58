/** The app's production build with its service worker (local-cloud/app-build/serve-app-build.ts), offset like every local port. */
export const appBuildURL = `http://localhost:${4180 + Number(process.env['LOCAL_CLOUD_PORT_OFFSET'] ?? 0)}`;
