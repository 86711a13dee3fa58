import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { synthOnce, type CloudFormationTemplate, type SynthOutput } from '../../local-cloud/synth/synth-backend';
import { LOOP_BOUNDS_REQUEST, RECORD_IDS_REQUEST } from './owner-input-checks';

type Resource = CloudFormationTemplate['Resources'][string];

/** What deploys: the owner models' checks are in the synthesized resolvers, not only in the local simulator. */
describe('owner model validation (synthesized resolvers)', () => {
  let synth: SynthOutput;

  beforeAll(async () => {
    synth = await synthOnce();
  }, 600_000);

  const resources = (): [string, Resource][] => [...synth.templates.values()].flatMap((template) => Object.entries(template.Resources));
  const resolverFor = (fieldName: string): Resource => {
    const found = resources().find(([, resource]) => resource.Type === 'AWS::AppSync::Resolver' && resource.Properties?.['FieldName'] === fieldName);
    if (!found) throw new Error(`no resolver for ${fieldName}`);
    return found[1];
  };
  const pipelineOf = (fieldName: string): string[] =>
    ((resolverFor(fieldName).Properties?.['PipelineConfig'] as { Functions: unknown[] }).Functions).map((fn) => JSON.stringify(fn));

  /** The request template of the field's generated `validate` slot function, read from its asset. */
  const validateSlotOf = async (fieldName: string): Promise<string> => {
    const [, fn] = resources().find(([, resource]) => resource.Type === 'AWS::AppSync::FunctionConfiguration' && resource.Properties?.['Name'] === `Mutation${fieldName}validate0Function`) ?? [];
    const location = JSON.stringify(fn?.Properties?.['RequestMappingTemplateS3Location'] ?? '');
    const asset = /\/([0-9a-f]{64}\.vtl)/.exec(location)?.[1];
    if (!asset) throw new Error(`no validate slot in the ${fieldName} pipeline`);
    return readFile(join(synth.dir, `asset.${asset}`), 'utf8');
  };

  it('should run the loop bounds check just before the write in the create and update loop resolvers', () => {
    for (const field of ['createPracticeLoop', 'updatePracticeLoop']) {
      const functions = pipelineOf(field);
      expect(functions.at(-2)).withContext(field).toMatch(/PracticeLoopBoundsFunction/);
      expect(functions.at(-1)).withContext(field).toMatch(/DataResolverFn/);
    }
  });

  it('should run the record id check just before the write in every owner model create and update resolver', () => {
    for (const model of ['LessonProgress', 'PracticeSession', 'PracticeLoop', 'LessonNote']) {
      for (const field of [`create${model}`, `update${model}`]) {
        expect(pipelineOf(field).slice(-3).join()).withContext(field).toMatch(/OwnerRecordIdsFunction/);
        expect(pipelineOf(field).at(-1)).withContext(field).toMatch(/DataResolverFn/);
      }
    }
  });

  it('should deploy both checks as VTL on a NONE data source', () => {
    for (const [name, request] of [['PracticeLoopBounds', LOOP_BOUNDS_REQUEST], ['OwnerRecordIds', RECORD_IDS_REQUEST]]) {
      const [, fn] = resources().find(([, resource]) => resource.Type === 'AWS::AppSync::FunctionConfiguration' && resource.Properties?.['Name'] === name) ?? [];
      const [, source] = resources().find(([, resource]) => resource.Type === 'AWS::AppSync::DataSource' && resource.Properties?.['Name'] === fn?.Properties?.['DataSourceName']) ?? [];

      expect(fn?.Properties?.['RequestMappingTemplate']).withContext(name).toBe(request);
      expect(source?.Properties?.['Type']).withContext(name).toBe('NONE');
    }
  });

  it('should leave the delete and read loop resolvers without either check', () => {
    for (const field of ['deletePracticeLoop', 'getPracticeLoop', 'listPracticeLoops']) {
      expect(pipelineOf(field).join()).withContext(field).not.toMatch(/PracticeLoopBounds|OwnerRecordIds/);
    }
  });

  it('should check each owner model field range in its create and update validate slots', async () => {
    const expected: Record<string, string[]> = {
      PracticeLoop: ['name.length() >= 1', 'name.length() <= 100', 'startSeconds >= 0', 'startSeconds <= 86400', 'endSeconds >= 0', 'endSeconds <= 86400'],
      LessonProgress: ['positionSeconds >= 0', 'positionSeconds <= 86400', 'practiceSeconds >= 0', 'practiceSeconds <= 31536000'],
      PracticeSession: ['seconds >= 0', 'seconds <= 86400'],
      UserProfile: ['displayName.length() <= 100'],
      LessonNote: ['text.length() >= 1', 'text.length() <= 2000', 'positionSeconds >= 0', 'positionSeconds <= 86400'],
    };
    for (const [model, checks] of Object.entries(expected)) {
      for (const field of [`create${model}`, `update${model}`]) {
        const template = await validateSlotOf(field);
        for (const check of checks) expect(template).withContext(field).toContain(`$ctx.args.input.${check}`);
      }
    }
  });
});
