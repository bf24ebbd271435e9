/** A person calling through the router, as the router vouched for them in the signed request. */
export interface Viewer {
  userId: string;
}

/**
 * Who is behind a signed request: a person (through the router), another service (a service-to-
 * service call), or nobody (an anonymous client through the router).
 */
export interface RequestIdentity {
  viewer: Viewer | null;
  service: string | null;
  /** The end client's address as the router saw it (per-client limits); null for services. */
  clientAddress: string | null;
}

const servicePrefix = 'service:';

export function serviceCaller(name: string): string {
  return `${servicePrefix}${name}`;
}

export function identityOf(signedCaller: string | null, clientAddress: string | null = null): RequestIdentity {
  if (!signedCaller) return { viewer: null, service: null, clientAddress };
  if (signedCaller.startsWith(servicePrefix)) {
    return { viewer: null, service: signedCaller.slice(servicePrefix.length), clientAddress: null };
  }
  return { viewer: { userId: signedCaller }, service: null, clientAddress };
}
