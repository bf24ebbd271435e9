import { toGlobalId } from '../../../lib/ids';
import { vcsHooksPath } from '../../../lib/vcs-hooks';

/** Where the router receives a connection's deliveries: `<PUBLIC_URL>/hooks/vcs/<connection global id>`. */
export const vcsWebhookUrl = (publicUrl: string, connectionId: string) =>
  `${publicUrl.replace(/\/+$/, '')}${vcsHooksPath}${toGlobalId('VcsConnection', connectionId)}`;
