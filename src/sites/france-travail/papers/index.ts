/**
 * The papers the France Travail site adds to the practice card, by the kind `SiteSpec.papers`
 * declares: its own (identity card, employer's certificate, RIB, CV, the note with the identifier
 * and password, the statement of the ARE paid) and the monthly update's (the month's payslips).
 */
import type { ComponentType } from 'react';
import type { PaperProps } from '../../framework/siteViews.ts';
// The paper alone, not the update's index: papers are in the app's first chunk, the pages are not.
import { MonthPayslips } from '../actualisation/papers/MonthPayslips.tsx';
import { BankDetails } from './BankDetails.tsx';
import { CredentialsNote } from './CredentialsNote.tsx';
import { Cv } from './Cv.tsx';
import { EmployerCertificate } from './EmployerCertificate.tsx';
import { IdentityCard } from './IdentityCard.tsx';
import { PaymentStatement } from './PaymentStatement.tsx';

export const papers: Record<string, ComponentType<PaperProps>> = {
  'carte-identite': IdentityCard,
  'attestation-employeur': EmployerCertificate,
  rib: BankDetails,
  cv: Cv,
  'identifiants-france-travail': CredentialsNote,
  'bulletins-du-mois': MonthPayslips,
  'paiements-france-travail': PaymentStatement,
};
