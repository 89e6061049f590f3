/**
 * « Créer un compte », step 2: the e-mail address, checked by a 6-digit code sent to it (valid
 * 15 minutes, as the login's). The code only reaches the practice mailbox when the address is the
 * persona's: a typo sends it elsewhere, as in life.
 */
import { useRef, useState, type FormEvent } from 'react';
import { isValidEmail } from '../../../../french/index.ts';
import { practiceNow } from '../../../../lesson/practiceClock.ts';
import { newCode } from '../../../../lesson/world.ts';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { codeValidityMs } from '../../cafMails.ts';
import { maskedEmail } from '../../cafPersona.ts';
import { TextField } from '../../ui/TextField.tsx';
import { creationCodeMail, withCompteMail } from '../compteMails.ts';
import { CreationStepper } from './CreationStepper.tsx';

export interface CreationCodeProps {
  /** The persona's address: the only one whose mailbox the practice shows. */
  personaEmail: string;
  onVerified(email: string): void;
  onPrevious(): void;
}

/** Step 2 of the creation. */
export function CreationCode({ personaEmail, onVerified, onPrevious }: CreationCodeProps) {
  const { emit, world, updateWorld } = useSiteBridge();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState('');
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  // When no code went to the practice mailbox (another address), no code is right.
  const [sentCode, setSentCode] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const send = () => {
    const problem =
      email.trim() === ''
        ? 'Saisissez votre adresse électronique.'
        : !isValidEmail(email)
          ? 'L’adresse électronique n’est pas valide. Exemple : nom@exemple.fr'
          : null;
    setEmailError(problem);
    emit(
      problem
        ? { action: 'click', target: 'caf.compte.creation.envoyer-code', ok: false }
        : { action: 'click', target: 'caf.compte.creation.envoyer-code' },
    );
    if (problem) return;
    const address = email.trim();
    const fresh = newCode();
    const at = practiceNow(world.clock);
    if (address.toLowerCase() === personaEmail.toLowerCase())
      updateWorld((w) => ({
        ...w,
        otp: fresh,
        otpSentAt: at,
        inbox: withCompteMail(w.inbox, creationCodeMail(fresh, at)),
      }));
    setSentCode(fresh);
    setSentTo(address);
    setCode('');
    setCodeError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = code.replace(/[\s\u00a0]/g, '');
    const problem =
      typed === ''
        ? 'Saisissez le code à 6 chiffres reçu par courriel.'
        : !/^\d{6}$/.test(typed)
          ? 'Le code doit comporter 6 chiffres.'
          : typed !== sentCode || typed !== world.otp
            ? 'Le code saisi est incorrect. Vérifiez le dernier courriel reçu, ou cliquez sur « Recevoir un code ».'
            : practiceNow(world.clock) - world.otpSentAt > codeValidityMs
              ? 'Ce code a expiré : il était valable 15 minutes. Cliquez sur « Recevoir un code » pour en recevoir un nouveau.'
              : null;
    setCodeError(problem);
    emit(
      problem
        ? { action: 'click', target: 'caf.compte.creation.valider-code', ok: false }
        : { action: 'click', target: 'caf.compte.creation.valider-code' },
    );
    if (problem) input.current?.focus();
    else onVerified(sentTo);
  };

  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-creation-code-title">
      <h1 id="caf-creation-code-title" tabIndex={-1}>
        Créer un compte
      </h1>
      <CreationStepper step={2} />
      <TextField
        id="caf-creation-email"
        target="caf.compte.creation.email"
        label="Adresse électronique"
        hint="Exemple : nom@exemple.fr"
        autoComplete="off"
        value={email}
        onValue={setEmail}
        error={emailError}
        announce
      />
      <TargetButton
        target="caf.compte.creation.envoyer-code"
        className="caf-button caf-button--secondary"
        onPress={send}
      >
        Recevoir un code
      </TargetButton>
      {sentTo !== '' && (
        <>
          <p role="status" className="caf-alert caf-alert--info">
            Un code à 6 chiffres vient d’être envoyé à <strong>{maskedEmail(sentTo)}</strong>. Ce code est valable 15
            minutes.
          </p>
          <form noValidate onSubmit={submit}>
            <TextField
              id="caf-creation-code"
              target="caf.compte.creation.code"
              label="Code reçu par courriel"
              hint="6 chiffres"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onValue={setCode}
              error={codeError}
              announce
              inputRef={input}
              className="caf-field--code"
            />
            <button
              type="submit"
              className="caf-button caf-button--primary caf-button--wide"
              data-target="caf.compte.creation.valider-code"
            >
              Valider le code
            </button>
          </form>
        </>
      )}
      <div className="caf-actions caf-actions--nav">
        <TargetButton
          target="caf.compte.creation.precedent"
          className="caf-button caf-button--secondary"
          onPress={onPrevious}
        >
          Précédent
        </TargetButton>
      </div>
    </section>
  );
}
