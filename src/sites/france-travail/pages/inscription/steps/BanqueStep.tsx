/**
 * « Vos coordonnées bancaires »: the account holder, the IBAN (checked with its key, shown in
 * groups of 4 once typed) and the BIC, as on the learner's RIB.
 */
import { formatIban, isValidIban, normaliseBic } from '../../../../../french/index.ts';
import { fieldId } from '../../../registration/validateStep.ts';
import { errorOf } from '../../../ui/ErrorSummary.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { valueOf, type StepProps } from './stepProps.ts';

/** The step's fields. */
export function BanqueStep({ values, set, errors }: StepProps) {
  const field = (name: string) => ({
    id: fieldId(name),
    value: valueOf(values, name),
    onValue: (v: string) => set(name, v),
    error: errorOf(errors, fieldId(name)),
  });
  return (
    <>
      <p>Vos allocations seront versées sur ce compte. Il doit être à votre nom.</p>
      <TextField
        {...field('titulaire')}
        target="france-travail.inscription.banque.titulaire"
        label="Titulaire du compte"
        hint="Nom et prénom, comme sur votre RIB"
      />
      <TextField
        {...field('iban')}
        target="france-travail.inscription.banque.iban"
        label="IBAN"
        hint="27 caractères, commence par FR. Exemple : FR76 3000 6000 0112 3456 7890 189"
        onLeave={(typed) => {
          if (isValidIban(typed)) set('iban', formatIban(typed));
        }}
      />
      <TextField
        {...field('bic')}
        target="france-travail.inscription.banque.bic"
        label="BIC"
        hint="8 ou 11 caractères, par exemple BNPAFRPP"
        size="medium"
        onLeave={(typed) => set('bic', normaliseBic(typed))}
      />
    </>
  );
}
