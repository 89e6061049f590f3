/**
 * Step 2 of the declaration, « Revenus et charges »: the boxes the site pre-filled (salaries 1AJ /
 * 1BJ, pensions 1AS / 1BS), each with « Montant pré-rempli » and its amount to check, correct or
 * complete. Amounts are whole euros; what is typed is kept with the run at once.
 */
import { useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import type { ImpotsPersona, IncomeBox } from '../impotsPersona.ts';
import type { DeclarationState } from '../impotsReducer.ts';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';
import { wholeEuros } from '../documents/wholeEuros.ts';
import { DeclarationFrame, PreviousStep } from './DeclarationFrame.tsx';
import { amountError, boxTitles, declarantOf, prefilled, shownBoxes } from './declaredIncome.ts';

export interface RevenusProps {
  p: ImpotsPersona;
  declaration: DeclarationState;
  onAmount(box: IncomeBox, text: string): void;
  onPrevious(): void;
  onNext(): void;
}

const fieldId = (box: IncomeBox) => `impots-revenus-${box.toLowerCase()}`;

/** « Revenus et charges ». */
export function Revenus({ p, declaration, onAmount, onPrevious, onNext }: RevenusProps) {
  const { emit } = useSiteBridge();
  const [errors, setErrors] = useState<FormError[]>([]);
  const boxes = shownBoxes(p);
  const names = { 1: p.prenom, 2: p.conjoint?.prenom ?? '' };
  // A refused amount stays in its field while the page is open; only an accepted one is kept
  // with the declaration, so leaving the page (or a reload) brings back the last good amount.
  const [refused, setRefused] = useState<Partial<Record<IncomeBox, string>>>({});
  const textOf = (box: IncomeBox) => refused[box] ?? declaration.amounts[box] ?? String(prefilled(p, box));
  const typed = (box: IncomeBox, value: string) => {
    if (amountError(value) === null) {
      setRefused((others) => Object.fromEntries(Object.entries(others).filter(([b]) => b !== box)));
      onAmount(box, value);
    } else setRefused((others) => ({ ...others, [box]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    for (const box of boxes) {
      const problem = amountError(textOf(box));
      if (problem) found.push({ field: fieldId(box), message: `${box} : ${problem}` });
    }
    setErrors(found);
    emit({ action: 'click', target: 'impots.declaration.suivant', ...(found.length ? { ok: false } : {}) });
    if (!found.length) onNext();
  };

  const groups = [
    { title: 'Traitements, salaires', boxes: boxes.filter((b) => b[2] === 'J') },
    { title: 'Pensions, retraites, rentes', boxes: boxes.filter((b) => b[2] === 'S') },
  ].filter((g) => g.boxes.length);

  return (
    <DeclarationFrame incomeYear={p.impots.declaration.revenus_de} step={2}>
      <p>
        Vérifiez les montants pré-remplis. S’ils sont inexacts ou incomplets, corrigez-les en saisissant le bon montant.
      </p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        {groups.map((group) => (
          <fieldset key={group.title} className="impots-income">
            <legend>{group.title}</legend>
            {group.boxes.map((box) => {
              const text = textOf(box);
              // A refused amount is not a change: the pre-filled one still counts.
              const changed =
                declaration.amounts[box] !== undefined &&
                refused[box] === undefined &&
                text.replace(/\s/g, '') !== String(prefilled(p, box));
              return (
                <div key={box} className="impots-income__line">
                  <TextField
                    id={fieldId(box)}
                    target={`impots.declaration.revenus.${box.toLowerCase()}`}
                    label={`${box} — ${boxTitles[box]} — Déclarant ${declarantOf(box)} (${names[declarantOf(box)]})`}
                    hint={`Montant pré-rempli : ${wholeEuros(prefilled(p, box))}`}
                    inputMode="numeric"
                    value={text}
                    onValue={(value) => typed(box, value)}
                    error={errorOf(errors, fieldId(box))}
                    size="short"
                    after={<span className="impots-field__unit">€</span>}
                  />
                  {changed && <p className="impots-badge">Montant modifié</p>}
                </div>
              );
            })}
          </fieldset>
        ))}
        <div className="impots-actions impots-actions--spread">
          <PreviousStep onPress={onPrevious} />
          <button
            type="submit"
            className="impots-button impots-button--primary"
            data-target="impots.declaration.suivant"
          >
            Étape suivante
          </button>
        </div>
      </form>
    </DeclarationFrame>
  );
}
