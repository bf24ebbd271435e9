import { allow, and, deny, rule, shield } from 'graphql-shield';
import type { IMiddlewareGenerator } from 'graphql-middleware';
import { forbidden, unauthenticated } from '../errors';
import type { RequestIdentity } from '../viewer';

/** Any graphql-shield rule (a rule, `allow`, `deny`, or a combination). */
export type ShieldRule = Parameters<typeof and>[number];

interface WithIdentity {
  identity: RequestIdentity;
}

/** A person the router signed for. */
export const signedIn = rule({ cache: 'contextual' })((_parent, _args, context: WithIdentity) =>
  context.identity.viewer ? true : unauthenticated(),
);

/** Another service, by a signed service-to-service call; never a person. */
export const serviceOnly = rule({ cache: 'contextual' })((_parent, _args, context: WithIdentity) =>
  context.identity.service ? true : forbidden('Only services may call this.'),
);

/** Anyone the router forwards, signed in or not (sign-up, log-in). */
export const anyone = allow;

export type RootRules = Partial<Record<'Query' | 'Mutation' | 'Subscription', Record<string, ShieldRule>>>;

/** The same rule for several root fields. */
export const ruleFor = (fields: readonly string[], rule: ShieldRule): Record<string, ShieldRule> =>
  Object.fromEntries(fields.map((field) => [field, rule]));

/**
 * graphql-shield over a subgraph's root fields, denying every root field it does not list, so a new
 * field cannot ship without a rule. `_entities` and `_service` are allowed: each reference resolver
 * applies the same visibility as the root fields, for whoever the router signed for.
 */
export function denyByDefault(rules: RootRules): IMiddlewareGenerator<unknown, unknown, unknown> {
  return shield(
    {
      Query: { '*': deny, _entities: allow, _service: allow, ...rules.Query },
      Mutation: { '*': deny, ...rules.Mutation },
      ...(rules.Subscription ? { Subscription: { '*': deny, ...rules.Subscription } } : {}),
    },
    { allowExternalErrors: true, debug: false, fallbackError: forbidden() },
  );
}
