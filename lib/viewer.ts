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
}

const servicePrefix = 'service:';

export function serviceCaller(name: string): string {
  return `${servicePrefix}${name}`;
}

export function identityOf(signedCaller: string | null): RequestIdentity {
  if (!signedCaller) return { viewer: null, service: null };
  if (signedCaller.startsWith(servicePrefix))
    return { viewer: null, service: signedCaller.slice(servicePrefix.length) };
  return { viewer: { userId: signedCaller }, service: null };
}
