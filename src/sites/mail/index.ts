/**
 * The practice mailbox « Ma messagerie », where one-time codes and receipts arrive: plain data.
 * Its pages are in `view.tsx`.
 */
import * as z from 'zod/mini';
import type { SiteSpec } from '../framework/types.ts';
import { inboxTargets } from './inboxTargets.ts';
import { mailNavigation } from './navigation.ts';
import { mailTargets } from './targets.ts';

export const mail = {
  id: 'mail',
  tabLabel: 'Ma messagerie',
  address: 'https://messagerie.pas-a-pas.local',
  targets: mailTargets,
  derivedTargets: inboxTargets,
  navigation: mailNavigation,
  persona: z.looseObject({ email: z.string().check(z.minLength(1)) }),
} as const satisfies SiteSpec<'mail'>;
