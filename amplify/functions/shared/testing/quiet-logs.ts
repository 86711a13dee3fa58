import { logger } from '../logger';

/** Handler specs assert outcomes, not log lines; keep the shared test output readable. */
logger.setLogLevel('SILENT');
