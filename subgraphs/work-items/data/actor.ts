/** Who makes a change, and when: the change's one timestamp, shared by its rows, history and events. */
export interface Actor {
  userId: string;
  at: Date;
}

/** The actor as events name it. */
export const originOf = (actor: Actor) => ({ actorId: actor.userId, at: actor.at });
