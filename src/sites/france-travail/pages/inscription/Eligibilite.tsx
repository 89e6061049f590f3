/**
 * « Avant de commencer »: is the learner still under contract or notice (then: when does it
 * end?), and do they live in France. Someone whose contract has not ended yet must wait until
 * the day after; someone living abroad cannot register online (docs/procedures.md, 1.2 A).
 */
import { useState, type FormEvent } from 'react';
import { parseFrenchDate } from '../../../../french/index.ts';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { dayNumber, dayOf } from '../../registration/days.ts';
import { ErrorSummary, errorOf, type FormError } from '../../ui/ErrorSummary.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { TextField } from '../../ui/TextField.tsx';

/** Where the answers lead. */
export type Eligibility = 'pieces' | 'attente' | 'inscription-impossible';

export interface EligibiliteProps {
  values: Readonly<Record<string, string>>;
  set(field: string, value: string): void;
  /** The practice day. */
  today: Date;
  onContinue(next: Eligibility): void;
}

/** The errors of the answers, and where they lead. */
export function checkEligibility(
  values: Readonly<Record<string, string>>,
  today: Date,
): { errors: FormError[]; next: Eligibility } {
  const errors: FormError[] = [];
  const contrat = values.contrat ?? '';
  const typed = (values['date-fin'] ?? '').trim();
  const end = parseFrenchDate(typed);
  if (contrat === '')
    errors.push({ field: 'ft-contrat', message: 'Indiquez si vous êtes en contrat de travail ou en préavis.' });
  if (contrat === 'oui') {
    if (typed === '')
      errors.push({ field: 'ft-date-fin', message: 'Saisissez la date de fin de votre contrat ou de votre préavis.' });
    else if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(typed))
      errors.push({ field: 'ft-date-fin', message: 'La date doit être au format JJ/MM/AAAA.' });
    else if (!end)
      errors.push({ field: 'ft-date-fin', message: 'Cette date n’existe pas. Vérifiez le jour et le mois.' });
  }
  if ((values.residence ?? '') === '') errors.push({ field: 'ft-residence', message: 'Indiquez où vous habitez.' });
  const stillUnderContract = contrat === 'oui' && end !== null && dayNumber(end) >= dayNumber(dayOf(today));
  const next: Eligibility =
    values.residence === 'etranger' ? 'inscription-impossible' : stillUnderContract ? 'attente' : 'pieces';
  return { errors, next };
}

/** The eligibility questions. */
export function Eligibilite({ values, set, today, onContinue }: EligibiliteProps) {
  const { emit } = useSiteBridge();
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = checkEligibility(values, today);
    setErrors(result.errors);
    const ok = result.errors.length === 0;
    emit({ action: 'click', target: 'france-travail.inscription.eligibilite.continuer', ...(ok ? {} : { ok: false }) });
    if (ok) onContinue(result.next);
  };
  return (
    <section className="ft-panel" aria-labelledby="ft-eligibilite-title">
      <h1 id="ft-eligibilite-title" tabIndex={-1}>
        Avant de commencer
      </h1>
      <p className="ft-muted">Tous les champs sont obligatoires.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <RadioGroup
          name="ft-contrat"
          target="france-travail.inscription.eligibilite.contrat"
          legend="Êtes-vous actuellement en contrat de travail ou en période de préavis ?"
          options={[
            { value: 'oui', label: 'Oui' },
            { value: 'non', label: 'Non' },
          ]}
          value={values.contrat ?? ''}
          onValue={(v) => set('contrat', v)}
          error={errorOf(errors, 'ft-contrat')}
          inline
        />
        {values.contrat === 'oui' && (
          <TextField
            id="ft-date-fin"
            target="france-travail.inscription.eligibilite.date-fin"
            label="Date de fin du contrat ou du préavis"
            hint="Format JJ/MM/AAAA, par exemple 30/11/2026"
            inputMode="numeric"
            size="short"
            value={values['date-fin'] ?? ''}
            onValue={(v) => set('date-fin', v)}
            error={errorOf(errors, 'ft-date-fin')}
          />
        )}
        <RadioGroup
          name="ft-residence"
          target="france-travail.inscription.eligibilite.residence"
          legend="Où habitez-vous ?"
          options={[
            { value: 'france', label: 'En France (métropole ou outre-mer)' },
            { value: 'etranger', label: 'À l’étranger' },
          ]}
          value={values.residence ?? ''}
          onValue={(v) => set('residence', v)}
          error={errorOf(errors, 'ft-residence')}
        />
        <button
          type="submit"
          className="ft-button ft-button--primary"
          data-target="france-travail.inscription.eligibilite.continuer"
        >
          Continuer
        </button>
      </form>
    </section>
  );
}
