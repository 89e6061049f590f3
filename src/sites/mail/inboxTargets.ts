/**
 * The mailbox's targets for the messages registered sites send (their `mails`): the message in
 * the list, `mail.inbox.<id>` (`mail.spam.<id>` too for a mail that lands in « Courrier
 * indésirable »), its attachment `mail.piece-jointe.<id>` and its link `mail.lien.<id>` when the
 * site declares them.
 */
import type { TargetId } from '../../lesson/types.ts';
import type { DerivedTargets, TargetSpec } from '../framework/types.ts';

export const inboxTargets: DerivedTargets = (sites) => {
  const targets: Record<TargetId, TargetSpec> = {};
  for (const site of sites) {
    for (const [id, mail] of Object.entries(site.mails ?? {})) {
      targets[`mail.inbox.${id}`] = { label: mail.label, actions: ['click'] };
      if (mail.folder === 'spam')
        targets[`mail.spam.${id}`] = { label: `${mail.label}, dans « Courrier indésirable »`, actions: ['click'] };
      if (mail.attachment) targets[`mail.piece-jointe.${id}`] = { label: mail.attachment, actions: ['click'] };
      if (mail.link) targets[`mail.lien.${id}`] = { label: mail.link, actions: ['click'] };
    }
  }
  return targets;
};
