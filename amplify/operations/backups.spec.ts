import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import { enableBackups, mediaVersionRetentionDays } from './backups';

/** A stack with one table and one bucket, backed up as a sandbox or a branch deployment would be. */
function backedUp(type: 'sandbox' | 'branch', bucketRules: CfnBucket.RuleProperty[] = []): Template {
  const stack = new Stack(new App({ context: { 'amplify-backend-type': type } }), 'Backend');
  const table = new Table(stack, 'Table', { partitionKey: { name: 'id', type: AttributeType.STRING } });
  const mediaBucket = new Bucket(stack, 'Media').node.defaultChild as CfnBucket;
  if (bucketRules.length) mediaBucket.lifecycleConfiguration = { rules: bucketRules };
  enableBackups(stack, { modelTables: {}, tables: [table], mediaBucket });
  return Template.fromStack(stack);
}

describe('enableBackups', () => {
  it('should protect tables from deletion and keep point-in-time recovery when deployed from a branch', () => {
    backedUp('branch').hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it('should keep point-in-time recovery but allow deletion when deployed as a sandbox', () => {
    backedUp('sandbox').hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: false,
    });
  });

  it('should version media and expire replaced versions after the retention period', () => {
    backedUp('branch').hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: mediaVersionRetentionDays } })],
      },
    });
  });

  it('should keep the lifecycle rules the bucket already had when versions get their own', () => {
    const abortUploads: CfnBucket.RuleProperty = { id: 'AbortUploads', status: 'Enabled', abortIncompleteMultipartUpload: { daysAfterInitiation: 1 } };
    const rules = backedUp('branch', [abortUploads]).findResources('AWS::S3::Bucket');
    const ids = Object.values(rules).flatMap((bucket) =>
      ((bucket['Properties'] as { LifecycleConfiguration: { Rules: { Id: string }[] } }).LifecycleConfiguration.Rules).map((rule) => rule.Id),
    );
    expect(ids).toEqual(['AbortUploads', 'ExpireNoncurrentMediaVersions']);
  });
});
