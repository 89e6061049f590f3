/** The papers the CAF site adds to the practice card, by the kind `SiteSpec.papers` declares. */
import type { ComponentType } from 'react';
import type { PaperProps } from '../../framework/siteViews.ts';
import { CafLetter } from './CafLetter.tsx';
import { PartnerInvoice } from './PartnerInvoice.tsx';
import { PasswordNote } from './PasswordNote.tsx';

export const papers: Record<string, ComponentType<PaperProps>> = {
  'courrier-caf': CafLetter,
  'mot-de-passe': PasswordNote,
  'facture-conjoint': PartnerInvoice,
};
