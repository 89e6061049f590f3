/**
 * The home of the espace particulier: the greeting, the declaration of the year (« Déclarer mes
 * revenus » when the campaign is open, « Déclaration en cours, non signée » with « Reprendre ma
 * déclaration », or « Déclaration signée le … » with « Corriger » until the deadline).
 */
import { frenchDate, frenchTime } from '../../../french/index.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { spacedNif } from '../documents/spacedNif.ts';
import type { Campaign } from '../declaration/campaign.ts';
import type { DeclarationState } from '../impotsReducer.ts';

export interface EspaceProps {
  name: string;
  numeroFiscal: string;
  campaign: Campaign;
  declaration: DeclarationState;
  onDeclare(): void;
  onCorrect(): void;
  onReceipt(): void;
}

/** The espace's « Accueil ». */
export function Espace({ name, numeroFiscal, campaign, declaration, onDeclare, onCorrect, onReceipt }: EspaceProps) {
  const year = campaign.incomeYear;
  const { signed, started } = declaration;
  let body;
  if (signed)
    body = (
      <>
        <p className="impots-status impots-status--done">
          Déclaration signée le {frenchDate(signed.at)} à {frenchTime(signed.at)}
        </p>
        <p>Votre avis de situation déclarative est disponible dans la rubrique «&nbsp;Documents&nbsp;».</p>
        <div className="impots-actions">
          <TargetButton target="impots.espace.accuse" className="impots-link" onPress={onReceipt}>
            Consulter l’accusé de réception
          </TargetButton>
          {campaign.canCorrect && (
            <TargetButton
              target="impots.espace.corriger"
              className="impots-button impots-button--secondary"
              onPress={onCorrect}
            >
              Corriger ma déclaration en ligne
            </TargetButton>
          )}
        </div>
      </>
    );
  else if (campaign.open)
    body = (
      <>
        {started ? (
          <p className="impots-status impots-status--pending">Déclaration en cours, non signée</p>
        ) : (
          <p>Votre déclaration de revenus {year} est disponible.</p>
        )}
        <TargetButton
          target="impots.espace.declarer"
          className="impots-button impots-button--primary"
          onPress={onDeclare}
        >
          {started ? 'Reprendre ma déclaration' : 'Déclarer mes revenus'}
        </TargetButton>
      </>
    );
  else
    body = (
      <p>
        {campaign.before
          ? `La déclaration en ligne des revenus ${year} sera ouverte en avril ${year + 1}.`
          : `La déclaration en ligne des revenus ${year} est fermée.`}
      </p>
    );
  return (
    <section className="impots-panel" aria-labelledby="impots-espace-title">
      <h1 id="impots-espace-title" tabIndex={-1}>
        Bonjour {name}
      </h1>
      <p className="impots-muted">
        Numéro fiscal : <span className="impots-number">{spacedNif(numeroFiscal)}</span>
      </p>
      <div className="impots-tiles">
        <section className="impots-tile" aria-labelledby="impots-tile-declaration">
          <h2 id="impots-tile-declaration">Déclarer mes revenus {year}</h2>
          {body}
        </section>
        <section className="impots-tile" aria-labelledby="impots-tile-documents">
          <h2 id="impots-tile-documents">Mes documents</h2>
          <p>Vos avis d’impôt et vos déclarations sont dans la rubrique «&nbsp;Documents&nbsp;».</p>
        </section>
      </div>
    </section>
  );
}
