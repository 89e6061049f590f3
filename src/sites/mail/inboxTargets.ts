/** The mailbox's message targets: `mail.inbox.<id>` for each message a registered site sends. */
import type { TargetId } from '../../lesson/types.ts';
import type { DerivedTargets, TargetSpec } from '../framework/types.ts';

export const inboxTargets: DerivedTargets = (sites) => {
  const targets: Record<TargetId, TargetSpec> = {};
  for (const site of sites) {
    for (const [id, mail] of Object.entries(site.mails ?? {}))
      targets[`mail.inbox.${id}`] = { label: mail.label, actions: ['click'] };
  }
  return targets;
};
