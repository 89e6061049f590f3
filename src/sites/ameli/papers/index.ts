/**
 * The papers the ameli site adds to the practice card, by the kind `SiteSpec.papers` declares:
 * the note with the number and the password. The carte Vitale is the card's own (`carte-vitale`).
 */
import type { ComponentType } from 'react';
import type { PaperProps } from '../../framework/siteViews.ts';
import { CredentialsNote } from './CredentialsNote.tsx';

export const papers: Record<string, ComponentType<PaperProps>> = {
  'identifiants-ameli': CredentialsNote,
};
