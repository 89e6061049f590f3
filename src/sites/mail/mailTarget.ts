/**
 * The targets of a message, when the site that sends it declares them (else the mailbox's
 * generic ones): in the list `mail.inbox.<id>` (`mail.spam.<id>` in « Courrier indésirable »,
 * else `mail.inbox.other`), its attachment `mail.piece-jointe.<id>`, its link `mail.lien.<id>`.
 */
import type { TargetId } from '../../lesson/types.ts';
import type { PracticeMail } from '../../lesson/world.ts';
import type { TargetRegistry } from '../framework/types.ts';

/** The target of message `id` in the list of `folder` (default: the inbox). */
export function mailTarget(id: string, targets: TargetRegistry, folder: PracticeMail['folder'] = 'inbox'): TargetId {
  const inFolder: TargetId = `mail.${folder}.${id}`;
  if (Object.hasOwn(targets, inFolder)) return inFolder;
  const target: TargetId = `mail.inbox.${id}`;
  return Object.hasOwn(targets, target) ? target : 'mail.inbox.other';
}

/** The target of the attachment of message `id`, or `undefined` when its site declares none. */
export function attachmentTarget(id: string, targets: TargetRegistry): TargetId | undefined {
  const target: TargetId = `mail.piece-jointe.${id}`;
  return Object.hasOwn(targets, target) ? target : undefined;
}

/** The target of the link of message `id`, or `undefined` when its site declares none. */
export function linkTarget(id: string, targets: TargetRegistry): TargetId | undefined {
  const target: TargetId = `mail.lien.${id}`;
  return Object.hasOwn(targets, target) ? target : undefined;
}
