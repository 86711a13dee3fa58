import type { Context } from 'aws-lambda';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation } from '../shared/appsync-event';
import { resolveWith, unauthorized } from '../shared/errors';
import { callerOf } from '../shared/identity';
import { correlate } from '../shared/logger';
import { parseArgs } from '../shared/parse-args';
import { deleteAccount } from './delete-account';
import { deleteMyAccountArgs } from './schema';

type DeleteMyAccount = Schema['deleteMyAccount']['functionHandler'];

/** deleteMyAccount: the account deleted is always the token's own (event.identity), never one named in the arguments. */
export const handler = async (event: Parameters<DeleteMyAccount>[0], context?: Context): Promise<boolean> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    parseArgs(deleteMyAccountArgs, event.arguments);
    const caller = callerOf(event.identity);
    if (!caller || !event.identity || !('username' in event.identity)) throw unauthorized('sign in to delete your account');
    await deleteAccount({ sub: caller.sub, username: event.identity.username });
    return true;
  });
};
