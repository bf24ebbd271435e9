import { locateWith, problemOfGraphQLErrors } from './graphql-problem';

describe('problems of GraphQL errors', () => {
  it('carry the code, its status and every input at fault, located in the REST request', () => {
    const problem = problemOfGraphQLErrors(
      [
        { message: 'Title is required.', extensions: { code: 'BAD_USER_INPUT', field: 'input.title' } },
        { message: 'Bad page.', extensions: { code: 'BAD_USER_INPUT', field: 'after' } },
        { message: 'No project.', extensions: { code: 'BAD_USER_INPUT', field: 'input.projectId' } },
      ],
      locateWith({ 'input.projectId': 'projectId' }),
    );
    expect(problem).toEqual({
      type: 'urn:workgraph:problem:bad-user-input',
      title: 'Bad request',
      status: 400,
      detail: 'Title is required.',
      code: 'BAD_USER_INPUT',
      errors: [
        { in: 'body', field: 'title', message: 'Title is required.' },
        { in: 'query', field: 'cursor', message: 'Bad page.' },
        { in: 'path', field: 'projectId', message: 'No project.' },
      ],
    });
  });

  it('answer 404 for NOT_FOUND, 403 for FORBIDDEN and 409 for CONFLICT, which GraphQL answers beside data', () => {
    const statusOf = (code: string) => problemOfGraphQLErrors([{ message: 'm', extensions: { code } }]).status;
    expect([statusOf('NOT_FOUND'), statusOf('FORBIDDEN'), statusOf('CONFLICT'), statusOf('QUOTA_EXCEEDED')]).toEqual([
      404, 403, 409, 413,
    ]);
  });

  it('keep the limit details and drop everything else; unknown codes and internal errors say nothing more', () => {
    const quota = problemOfGraphQLErrors([
      {
        message: 'Too big.',
        extensions: { code: 'QUOTA_EXCEEDED', limit: 10, used: 9, serviceName: 'files', stacktrace: ['x'] },
      },
    ]);
    expect(quota).toMatchObject({ limit: 10, used: 9 });
    expect(quota).not.toHaveProperty('serviceName');
    expect(quota).not.toHaveProperty('stacktrace');
    const odd = problemOfGraphQLErrors([
      { message: 'connect ECONNREFUSED 10.0.0.3:5432', extensions: { code: 'WEIRD' } },
    ]);
    expect(odd).toMatchObject({ status: 500, code: 'INTERNAL_SERVER_ERROR', detail: 'Internal server error.' });
  });
});
