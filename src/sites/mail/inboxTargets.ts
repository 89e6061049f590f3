/**
 * The mailbox's targets for the messages registered sites send (their `mails`): the message in
 * the list, `mail.inbox.<id>` (`mail.spam.<id>` too for a mail that lands in « Courrier
 * indésirable »), its attachment `mail.piece-jointe.<id>` and its link `mail.lien.<id>` when the
 * site declares them; and, when some site's mail lands there, the button that moves it out,
 * `mail.message.pas-indesirable`. Opening such a mail in « Courrier indésirable » and moving it
 * out are done for good once it is in the inbox (`doneIn`): a learner who did both ahead of the
 * lesson is not asked again for a message no longer there.
 */
import type { TargetId } from '../../lesson/types.ts';
import type { PracticeWorld } from '../../lesson/world.ts';
import type { DerivedTargets, TargetSpec } from '../framework/types.ts';

/** Whether one of the messages `ids` was moved from « Courrier indésirable » to the inbox. */
const movedOut =
  (ids: ReadonlySet<string>) =>
  (world: PracticeWorld): boolean =>
    world.inbox.some((m) => ids.has(m.id) && m.folder === 'inbox');

export const inboxTargets: DerivedTargets = (sites) => {
  const targets: Record<TargetId, TargetSpec> = {};
  const spam = new Set<string>();
  for (const site of sites) {
    for (const [id, mail] of Object.entries(site.mails ?? {})) {
      targets[`mail.inbox.${id}`] = { label: mail.label, actions: ['click'] };
      if (mail.folder === 'spam') {
        spam.add(id);
        targets[`mail.spam.${id}`] = {
          label: `${mail.label}, dans « Courrier indésirable »`,
          actions: ['click'],
          doneIn: movedOut(new Set([id])),
        };
      }
      if (mail.attachment) targets[`mail.piece-jointe.${id}`] = { label: mail.attachment, actions: ['click'] };
      if (mail.link) targets[`mail.lien.${id}`] = { label: mail.link, actions: ['click'] };
    }
  }
  if (spam.size > 0)
    targets['mail.message.pas-indesirable'] = {
      label: 'Bouton « Ce n’est pas un courrier indésirable »',
      actions: ['click'],
      doneIn: movedOut(spam),
    };
  return targets;
};
