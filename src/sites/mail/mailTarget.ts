/** The target of a message in the list: `mail.inbox.<id>` when a site declares it, else `mail.inbox.other`. */
import type { TargetId } from '../../lesson/types.ts';
import type { TargetRegistry } from '../framework/types.ts';

export function mailTarget(id: string, targets: TargetRegistry): TargetId {
  const target: TargetId = `mail.inbox.${id}`;
  return Object.hasOwn(targets, target) ? target : 'mail.inbox.other';
}
