import type { AppSyncResolverEvent, Context } from 'aws-lambda';
import { appSyncCorrelation, fieldNameOf } from '../shared/appsync-event';
import { badRequest, resolveWith } from '../shared/errors';
import { correlate } from '../shared/logger';

/** The admin studio's function-backed mutations (AppSync routes every admin* field here). */
export const handler = async (event: AppSyncResolverEvent<unknown>, context?: Context): Promise<unknown> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    throw badRequest(`course-admin does not serve ${fieldNameOf(event)} yet`);
  });
};
