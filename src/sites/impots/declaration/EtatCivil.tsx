/**
 * Step 1 of the declaration, « État civil et situation du foyer »: the declarants' civil status,
 * the address (« Modifier » opens its form), the family situation and the dependants, as the
 * site pre-fills them from the persona.
 */
import { useState, type FormEvent } from 'react';
import { normalisePostcode } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { spacedNif } from '../documents/spacedNif.ts';
import type { ImpotsPersona } from '../impotsPersona.ts';
import type { Address } from '../impotsReducer.ts';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';
import { DeclarationFrame } from './DeclarationFrame.tsx';

const situationLabels = {
  celibataire: 'Célibataire',
  marie: 'Marié(e)',
  pacse: 'Pacsé(e)',
  divorce: 'Divorcé(e) ou séparé(e)',
  veuf: 'Veuf ou veuve',
} as const;

export interface EtatCivilProps {
  p: ImpotsPersona;
  address: Address;
  onAddress(address: Address): void;
  onNext(): void;
}

/** The address form, inside step 1. */
function AddressForm({ address, onSave, onCancel }: { address: Address; onSave(a: Address): void; onCancel(): void }) {
  const { emit } = useSiteBridge();
  const [voie, setVoie] = useState(address.voie);
  const [codePostal, setCodePostal] = useState(address.codePostal);
  const [commune, setCommune] = useState(address.commune);
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (voie.trim() === '')
      found.push({ field: 'impots-adresse-voie', message: 'Veuillez saisir le numéro et la voie.' });
    const cp = normalisePostcode(codePostal);
    if (cp === null) found.push({ field: 'impots-adresse-cp', message: 'Le code postal doit comporter 5 chiffres.' });
    if (commune.trim() === '') found.push({ field: 'impots-adresse-commune', message: 'Veuillez saisir la commune.' });
    setErrors(found);
    emit({ action: 'click', target: 'impots.declaration.adresse.valider', ...(found.length ? { ok: false } : {}) });
    if (!found.length && cp !== null)
      onSave({ voie: voie.trim(), codePostal: cp, commune: commune.trim().toUpperCase() });
  };
  return (
    <form
      noValidate
      onSubmit={submit}
      className="impots-subform"
      data-place="adresse"
      aria-label="Modifier mon adresse"
    >
      <ErrorSummary errors={errors} />
      <TextField
        id="impots-adresse-voie"
        target="impots.declaration.adresse.voie"
        label="Numéro et voie"
        value={voie}
        onValue={setVoie}
        error={errorOf(errors, 'impots-adresse-voie')}
      />
      <TextField
        id="impots-adresse-cp"
        target="impots.declaration.adresse.code-postal"
        label="Code postal"
        inputMode="numeric"
        value={codePostal}
        onValue={setCodePostal}
        error={errorOf(errors, 'impots-adresse-cp')}
        size="short"
      />
      <TextField
        id="impots-adresse-commune"
        target="impots.declaration.adresse.commune"
        label="Commune"
        value={commune}
        onValue={setCommune}
        error={errorOf(errors, 'impots-adresse-commune')}
        size="medium"
      />
      <div className="impots-actions">
        <TargetButton
          target="impots.declaration.adresse.annuler"
          className="impots-button impots-button--secondary"
          onPress={onCancel}
        >
          Annuler
        </TargetButton>
        <button
          type="submit"
          className="impots-button impots-button--primary"
          data-target="impots.declaration.adresse.valider"
        >
          Valider
        </button>
      </div>
    </form>
  );
}

/** « État civil et situation du foyer ». */
export function EtatCivil({ p, address, onAddress, onNext }: EtatCivilProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const people = [
    {
      title: 'Déclarant 1',
      prenom: p.prenom,
      nom: p.nom,
      naissance: p.naissance,
      lieu: p.lieu_naissance,
      nif: p.impots.numero_fiscal,
    },
    ...(p.conjoint
      ? [
          {
            title: 'Déclarant 2',
            prenom: p.conjoint.prenom,
            nom: p.conjoint.nom,
            naissance: p.conjoint.naissance,
            lieu: p.conjoint.lieu_naissance,
            nif: p.conjoint.impots?.numero_fiscal,
          },
        ]
      : []),
  ];
  return (
    <DeclarationFrame incomeYear={p.impots.declaration.revenus_de} step={1}>
      <h2>État civil</h2>
      <div className="impots-cards">
        {people.map((person) => (
          <dl key={person.title} className="impots-card" aria-label={person.title}>
            <dt className="impots-card__title">{person.title}</dt>
            <dd>
              {person.nom.toUpperCase()} {person.prenom}
            </dd>
            <dd>
              Né(e) le {person.naissance}
              {person.lieu ? ` à ${person.lieu}` : ''}
            </dd>
            {person.nif && (
              <dd>
                Numéro fiscal : <span className="impots-number">{spacedNif(person.nif)}</span>
              </dd>
            )}
          </dl>
        ))}
      </div>
      <h2>Adresse</h2>
      {saved && !editing && (
        <p className="impots-alert impots-alert--success" role="status">
          Votre nouvelle adresse a été enregistrée.
        </p>
      )}
      {editing ? (
        <AddressForm
          address={address}
          onCancel={() => setEditing(false)}
          onSave={(a) => {
            onAddress(a);
            setSaved(true);
            setEditing(false);
          }}
        />
      ) : (
        <div className="impots-address">
          <p>
            {address.voie}
            <br />
            {address.codePostal} {address.commune.toUpperCase()}
          </p>
          <TargetButton
            target="impots.declaration.etat-civil.modifier-adresse"
            className="impots-button impots-button--secondary"
            onPress={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Modifier<span className="impots-sr-only"> l’adresse</span>
          </TargetButton>
        </div>
      )}
      <h2>Situation du foyer</h2>
      <p>Situation de famille : {situationLabels[p.impots.declaration.situation]}</p>
      <h2>Personnes à charge</h2>
      {p.enfants?.length ? (
        <ul>
          {p.enfants.map((child) => (
            <li key={child.prenom}>
              {child.prenom} {p.nom.toUpperCase()}, né(e) le {child.naissance}
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune personne à charge.</p>
      )}
      {!editing && (
        <div className="impots-actions impots-actions--end">
          <TargetButton
            target="impots.declaration.suivant"
            className="impots-button impots-button--primary"
            onPress={onNext}
          >
            Étape suivante
          </TargetButton>
        </div>
      )}
    </DeclarationFrame>
  );
}
