import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { CfnTable, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IConstruct } from 'constructs';
import { isSandbox } from './deployment-type';

/** Overwritten or deleted media stays restorable this long. */
export const mediaVersionRetentionDays = 30;

/** The settings Amplify's model tables take (its AmplifyDynamoDbTableWrapper). */
interface ModelTable {
  pointInTimeRecoveryEnabled: boolean;
  deletionProtectionEnabled: boolean;
}

export interface BackedUpData {
  modelTables: Record<string, ModelTable>;
  tables: Table[];
  mediaBucket: CfnBucket;
}

/**
 * Point-in-time recovery on every table and versioning on the media bucket, everywhere; deletion
 * protection only on branch deployments, so a sandbox can still be torn down.
 */
export function enableBackups(scope: IConstruct, data: BackedUpData): void {
  const deletionProtection = !isSandbox(scope);
  for (const table of Object.values(data.modelTables)) {
    table.pointInTimeRecoveryEnabled = true;
    table.deletionProtectionEnabled = deletionProtection;
  }
  for (const table of data.tables) {
    const cfnTable = table.node.defaultChild as CfnTable;
    cfnTable.pointInTimeRecoverySpecification = { pointInTimeRecoveryEnabled: true };
    cfnTable.deletionProtectionEnabled = deletionProtection;
  }
  data.mediaBucket.versioningConfiguration = { status: 'Enabled' };
  const expireOldVersions: CfnBucket.RuleProperty = {
    id: 'ExpireNoncurrentMediaVersions',
    status: 'Enabled',
    noncurrentVersionExpiration: { noncurrentDays: mediaVersionRetentionDays },
  };
  const existing = data.mediaBucket.lifecycleConfiguration as CfnBucket.LifecycleConfigurationProperty | undefined;
  const existingRules = Array.isArray(existing?.rules) ? existing.rules : [];
  data.mediaBucket.lifecycleConfiguration = { rules: [...existingRules, expireOldVersions] };
}
