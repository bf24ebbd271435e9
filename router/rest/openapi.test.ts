import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { restOpenApiDocument } from '../../scripts/rest-docs';

describe('the OpenAPI document of /api/v1', () => {
  const document = restOpenApiDocument();
  const operations = Object.values(document.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(
    (methods) => Object.values(methods),
  );

  it('is a valid OpenAPI 3.1 document', () => {
    // The validator is an ES module, which this project's jest (CommonJS) cannot load: it runs in node.
    const script = `
      import { Validator } from '@seriousme/openapi-schema-validator';
      import { readFileSync } from 'node:fs';
      const validator = new Validator();
      const result = await validator.validate(JSON.parse(readFileSync(0, 'utf8')));
      console.log(JSON.stringify({ ...result, version: validator.version }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      input: JSON.stringify(document),
      encoding: 'utf8',
      cwd: path.resolve(__dirname, '../..'),
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ valid: true, version: '3.1' });
  });

  it('gives every operation a summary, a description, parameters, responses and its security', () => {
    for (const operation of operations) {
      expect(operation).toEqual(
        expect.objectContaining({
          summary: expect.any(String),
          description: expect.any(String),
          parameters: expect.any(Array),
          responses: expect.any(Object),
          security: expect.any(Array),
        }),
      );
    }
    const secured = operations.filter((operation) => operation.operationId !== 'getOpenApiDocument');
    expect(secured.every((operation) => JSON.stringify(operation.security) === '[{"bearerAuth":[]}]')).toBe(true);
  });

  it('documents the problems of unauthenticated and throttled calls on every secured operation, and a body schema on every write but those that take none', () => {
    for (const operation of operations.filter((op) => op.operationId !== 'getOpenApiDocument')) {
      const responses = operation.responses as Record<string, unknown>;
      expect([operation.operationId, responses['401'], responses['429']]).toEqual([
        operation.operationId,
        { $ref: '#/components/responses/Problem401' },
        { $ref: '#/components/responses/Problem429' },
      ]);
    }
    const writes = Object.values(document.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(
      (methods) =>
        Object.entries(methods)
          .filter(([method]) => method !== 'get')
          .map(([, operation]) => operation),
    );
    expect(writes.length).toBeGreaterThan(0);
    // Deletes, and actions on a resource that need nothing more than its path.
    const withoutBody = [
      'deleteProject',
      'archiveProject',
      'restoreProject',
      'deleteRelease',
      'deleteWebhookEndpoint',
      'pingWebhookEndpoint',
      'redeliverWebhook',
    ];
    expect(writes.filter((operation) => !operation.requestBody).map((operation) => operation.operationId)).toEqual(
      withoutBody,
    );
  });

  it('is the committed docs/rest/openapi.json', () => {
    const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../docs/rest/openapi.json'), 'utf8'));
    expect(committed).toEqual(document);
  });
});
