/**
 * The persona's practice card: the papers a real person would have at hand (carte Vitale,
 * payslips, the letters the sites add…), in the order `persona.papiers` lists them. The papers speak French, as
 * real papers do; the heading and the note that everything is made up follow the UI language.
 */
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../lesson/types.ts';
import type { PaperProps } from '../../sites/framework/siteViews.ts';
import { useSites } from '../SitesContext.tsx';
import { Payslips } from './Payslips.tsx';
import { text } from '../../sites/framework/personaText.ts';
import { VitaleCard } from './VitaleCard.tsx';
import './card.css';

/** The papers that belong to no site (`src/lesson/papers.ts`); the sites add theirs. */
export const commonPaperViews: Readonly<Record<string, ComponentType<PaperProps>>> = {
  'carte-vitale': VitaleCard,
  bulletins: Payslips,
};

export interface PracticeCardProps {
  persona: Persona;
  /** The level of the card's heading; its papers take the next one (default: 2). */
  headingLevel?: 1 | 2;
  /** Whether to show the card's own heading (default: true; the player's summary names it instead). */
  showTitle?: boolean;
}

/** The papers of `persona`, with a note that all of it is fictional. */
export function PracticeCard({ persona, headingLevel = 2, showTitle = true }: PracticeCardProps) {
  const { t } = useTranslation();
  const sites = useSites();
  const papers = { ...commonPaperViews, ...sites.papers };
  const Heading = `h${headingLevel}` as const;
  const kinds = Array.isArray(persona.papiers) ? (persona.papiers as unknown[]).map(String) : [];
  const name = `${text(persona, 'prenom')} ${text(persona, 'nom')}`.trim();
  const paperLevel = (headingLevel + 1) as 2 | 3;
  return (
    <div className="practice-card">
      {showTitle && <Heading className="card-title">{t('card.title')}</Heading>}
      <p className="card-owner">{t('card.owner', { name })}</p>
      <p className="card-fiction">{t('card.fiction')}</p>
      {/* The papers are French documents, as the sites are: left to right in every language. */}
      <div className="card-papers" lang="fr" dir="ltr">
        {kinds.map((kind) => {
          const Paper = papers[kind];
          if (!Paper) {
            if (import.meta.env.DEV)
              console.error(
                `Pas à pas: unknown paper "${kind}" in persona "${persona.id}": use one of ${Object.keys(papers).join(', ')}.`,
              );
            return null;
          }
          return <Paper key={kind} persona={persona} headingLevel={paperLevel} />;
        })}
      </div>
    </div>
  );
}
