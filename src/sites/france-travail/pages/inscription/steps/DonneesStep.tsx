/**
 * « Vos données personnelles »: civility, names, date of birth, social security number, the
 * address (postcode first, then the commune chosen among that postcode's communes), phone and
 * e-mail.
 */
import { useState } from 'react';
import { normalisePostcode } from '../../../../../french/index.ts';
import { communesByPostcode } from '../../../data/communes.ts';
import { civiliteOptions } from '../../../registration/options.ts';
import { fieldId } from '../../../registration/validateStep.ts';
import { errorOf } from '../../../ui/ErrorSummary.tsx';
import { RadioGroup } from '../../../ui/RadioGroup.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { valueOf, type StepProps } from './stepProps.ts';

/** The step's fields. */
export function DonneesStep({ values, set, errors }: StepProps) {
  const [erased, setErased] = useState(false);
  const field = (name: string) => ({
    id: fieldId(name),
    value: valueOf(values, name),
    onValue: (v: string) => set(name, v),
    error: errorOf(errors, fieldId(name)),
  });
  const postcode = normalisePostcode(valueOf(values, 'code-postal'));
  const communes = (postcode && communesByPostcode[postcode]) || [];
  return (
    <>
      <RadioGroup
        name={fieldId('civilite')}
        target="france-travail.inscription.donnees.civilite"
        legend="Civilité"
        options={civiliteOptions}
        value={valueOf(values, 'civilite')}
        onValue={(v) => set('civilite', v)}
        error={errorOf(errors, fieldId('civilite'))}
        inline
      />
      <TextField
        {...field('nom')}
        target="france-travail.inscription.donnees.nom"
        label="Nom"
        hint="Nom de naissance"
      />
      <TextField {...field('prenom')} target="france-travail.inscription.donnees.prenom" label="Prénom" />
      <TextField
        {...field('naissance')}
        target="france-travail.inscription.donnees.naissance"
        label="Date de naissance"
        hint="Format JJ/MM/AAAA, par exemple 25/01/1990"
        inputMode="numeric"
        size="short"
      />
      {erased && (
        <p className="ft-alert ft-alert--warning" role="alert">
          Ce numéro ressemble à un vrai numéro de sécurité sociale. Nous l’avons effacé. Ici, tapez seulement le numéro
          de la carte d’entraînement.
        </p>
      )}
      <TextField
        {...field('nir')}
        target="france-travail.inscription.donnees.nir"
        label="Numéro de sécurité sociale"
        hint="15 chiffres, clé comprise, comme sur votre carte Vitale"
        inputMode="numeric"
        size="medium"
        onRealIdentifier={() => setErased(true)}
      />
      <fieldset className="ft-fieldset ft-fieldset--group">
        <legend>Votre adresse</legend>
        <TextField
          {...field('voie')}
          target="france-travail.inscription.donnees.voie"
          label="Numéro et voie"
          hint="Par exemple : 12 rue de la République"
        />
        <TextField
          {...field('complement')}
          target="france-travail.inscription.donnees.complement"
          label="Complément d’adresse (facultatif)"
          hint="Bâtiment, étage, appartement…"
        />
        <TextField
          {...field('code-postal')}
          onValue={(v) => {
            set('code-postal', v);
            const next = normalisePostcode(v);
            const kept = next ? (communesByPostcode[next] ?? []) : [];
            if (!kept.includes(valueOf(values, 'commune'))) set('commune', '');
          }}
          target="france-travail.inscription.donnees.code-postal"
          label="Code postal"
          hint="5 chiffres"
          inputMode="numeric"
          size="short"
        />
        <SelectField
          {...field('commune')}
          target="france-travail.inscription.donnees.commune"
          label="Commune"
          hint={communes.length ? undefined : 'Saisissez d’abord le code postal : la liste des communes s’affichera.'}
          placeholder={communes.length ? 'Sélectionnez votre commune' : 'Aucune commune'}
          options={communes.map((c) => ({ value: c, label: c }))}
        />
      </fieldset>
      <TextField
        {...field('telephone')}
        target="france-travail.inscription.donnees.telephone"
        label="Téléphone"
        hint="10 chiffres, par exemple 06 12 34 56 78"
        type="tel"
        inputMode="tel"
        size="medium"
      />
      <TextField
        {...field('email')}
        target="france-travail.inscription.donnees.email"
        label="Adresse e-mail"
        type="email"
        inputMode="email"
      />
    </>
  );
}
