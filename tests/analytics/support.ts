import { issueAccessToken } from '../../lib/auth/access-token';
import { transitionItem, type StateName } from '../sprints/support';
import { graphql, rawId, type GraphQLResponse, type TestStack, type TestUser } from '../testkit';

/**
 * A person acting on the faked clock of a flow test (`fakeDateFrom`): `at` moves Date forward and
 * issues them a fresh access token there (one issued days before has expired by then); `moveAt`
 * transitions an item at that moment. `token` is the latest token.
 */
export interface PersonOnClock {
  token: string;
  at(iso: string): Promise<void>;
  moveAt(iso: string, workItemId: string, state: StateName): Promise<void>;
}

export function personOnClock(stack: TestStack, userId: string): PersonOnClock {
  const person: PersonOnClock = {
    token: '',
    async at(iso) {
      jest.setSystemTime(new Date(iso));
      person.token = (await issueAccessToken(stack.jwtSecret, rawId(userId))).token;
    },
    async moveAt(iso, workItemId, state) {
      await person.at(iso);
      await transitionItem(stack, person.token, workItemId, state);
    },
  };
  return person;
}

/** Runs operations through the stack's router as a signed-in user. */
export const runnerAs =
  (stack: TestStack) =>
  (
    user: TestUser,
    query: string,
    variables: Record<string, unknown> = {},
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
  ): Promise<GraphQLResponse<any>> =>
    graphql(stack.routerUrl, query, variables, { token: user.token });
