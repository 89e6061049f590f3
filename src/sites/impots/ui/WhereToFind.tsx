/**
 * « Où trouver… ? »: a link under a field that shows, as the real site does, a small drawing of
 * the paper the identifier is printed on with its place highlighted, and one line saying where.
 */
import { useId, useState } from 'react';
import type { TargetId } from '../../../lesson/types.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';

/** The identifiers a help shows, and the paper each is on. */
export type WhereItem = 'numero-fiscal' | 'numero-acces' | 'revenu-fiscal';

const captions: Record<WhereItem, string> = {
  'numero-fiscal':
    'Votre numéro fiscal figure en haut à gauche de la première page de votre déclaration de revenus et de votre avis d’impôt.',
  'numero-acces':
    'Votre numéro d’accès en ligne figure en haut de la première page de votre dernière déclaration de revenus.',
  'revenu-fiscal':
    'Votre revenu fiscal de référence figure sur la première page de votre dernier avis d’impôt, dans le cadre « Vos références ».',
};

/** A drawing of page 1 of a declaration or an avis, `item`'s place highlighted. */
function Sketch({ item }: { item: WhereItem }) {
  const avis = item === 'revenu-fiscal';
  return (
    <div className="impots-sketch" aria-hidden="true">
      <p className="impots-sketch__title">{avis ? 'AVIS D’IMPÔT' : 'DÉCLARATION DES REVENUS'}</p>
      <div className="impots-sketch__refs">
        <span className={item === 'numero-fiscal' ? 'impots-sketch__mark' : undefined}>N° fiscal</span>
        {avis ? (
          <>
            <span>Réf. de l’avis</span>
            <span className="impots-sketch__mark">Revenu fiscal de référence</span>
          </>
        ) : (
          <span className={item === 'numero-acces' ? 'impots-sketch__mark' : undefined}>N° d’accès en ligne</span>
        )}
      </div>
      <div className="impots-sketch__lines">
        <span />
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}

export interface WhereToFindProps {
  item: WhereItem;
  target: TargetId;
  /** The link's words: « Où trouver mon numéro fiscal ? ». */
  label: string;
}

/** The help link and, once opened, the drawing and its caption. */
export function WhereToFind({ item, target, label }: WhereToFindProps) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div className="impots-help">
      <TargetButton
        target={target}
        className="impots-link"
        aria-expanded={open}
        aria-controls={panel}
        onPress={() => setOpen((o) => !o)}
      >
        {label}
      </TargetButton>
      <figure id={panel} className="impots-help__panel" hidden={!open}>
        <Sketch item={item} />
        <figcaption>{captions[item]}</figcaption>
      </figure>
    </div>
  );
}
