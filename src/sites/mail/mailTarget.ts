/** The target of a message in the list: `mail.inbox.<id>` when the registry has it, else `mail.inbox.other`. */
import { mailTargets } from './targets.ts';

export function mailTarget(id: string): string {
  const target = `mail.inbox.${id}`;
  return Object.hasOwn(mailTargets, target) ? target : 'mail.inbox.other';
}
