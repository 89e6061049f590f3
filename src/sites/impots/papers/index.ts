/**
 * The papers the impots.gouv site adds to the practice card, by the kind `SiteSpec.papers`
 * declares: the last avis d'impôt, page 1 of the last declaration, the password note, and the
 * statement of a year's salaries.
 */
import type { ComponentType } from 'react';
import type { PaperProps } from '../../framework/siteViews.ts';
import { AnnualStatement } from './AnnualStatement.tsx';
import { AvisImpot } from './AvisImpot.tsx';
import { CredentialsNote } from './CredentialsNote.tsx';
import { DeclarationPage } from './DeclarationPage.tsx';

export const papers: Record<string, ComponentType<PaperProps>> = {
  'avis-impot': AvisImpot,
  'declaration-revenus': DeclarationPage,
  'identifiants-impots': CredentialsNote,
  'cumul-annuel': AnnualStatement,
};
