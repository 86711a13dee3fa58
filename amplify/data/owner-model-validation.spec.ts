import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { synthOnce, type CloudFormationTemplate, type SynthOutput } from '../../local-cloud/synth/synth-backend';
import { LOOP_BOUNDS_REQUEST } from './practice-loop-bounds';

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

  it('should deploy the loop bounds check as VTL on a NONE data source', () => {
    const [, fn] = resources().find(([, resource]) => resource.Type === 'AWS::AppSync::FunctionConfiguration' && resource.Properties?.['Name'] === 'PracticeLoopBounds') ?? [];
    const [, source] = resources().find(([, resource]) => resource.Type === 'AWS::AppSync::DataSource' && resource.Properties?.['Name'] === fn?.Properties?.['DataSourceName']) ?? [];

    expect(fn?.Properties?.['RequestMappingTemplate']).toBe(LOOP_BOUNDS_REQUEST);
    expect(source?.Properties?.['Type']).toBe('NONE');
  });

  it('should leave the delete and read loop resolvers without the bounds check', () => {
    for (const field of ['deletePracticeLoop', 'getPracticeLoop', 'listPracticeLoops']) {
      expect(pipelineOf(field).join()).withContext(field).not.toMatch(/PracticeLoopBounds/);
    }
  });

  it('should check each owner model field range in its create and update validate slots', async () => {
    const expected: Record<string, string[]> = {
      PracticeLoop: ['name.length() >= 1', 'name.length() <= 100', 'startSeconds >= 0', 'startSeconds <= 86400', 'endSeconds >= 0', 'endSeconds <= 86400'],
      LessonProgress: ['positionSeconds >= 0', 'positionSeconds <= 86400', 'practiceSeconds >= 0', 'practiceSeconds <= 31536000'],
      PracticeSession: ['seconds >= 0', 'seconds <= 86400'],
      UserProfile: ['displayName.length() <= 100'],
    };
    for (const [model, checks] of Object.entries(expected)) {
      for (const field of [`create${model}`, `update${model}`]) {
        const template = await validateSlotOf(field);
        for (const check of checks) expect(template).withContext(field).toContain(`$ctx.args.input.${check}`);
      }
    }
  });
});
