/**
 * « Code de sécurité »: after the numéro fiscal and password, the site sends a 6-digit code to
 * the space's address (the world's `otp`, as the CAF does) and checks the code typed.
 */
import { useRef, useState, type FormEvent } from 'react';
import { maskEmail } from '../../../french/index.ts';
import { practiceNow } from '../../../lesson/practiceClock.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { codeValidityMs } from '../impotsMails.ts';
import { TextField } from '../ui/TextField.tsx';

export interface CodeProps {
  email: string;
  /** Sends a new code to the mailbox. */
  onResend(): void;
  onVerified(): void;
}

/** The security code page. */
export function Code({ email, onResend, onVerified }: CodeProps) {
  const { emit, world } = useSiteBridge();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = code.replace(/[\s\u00a0]/g, '');
    const problem =
      typed === ''
        ? 'Veuillez saisir le code de sécurité reçu par courriel.'
        : !/^\d{6}$/.test(typed)
          ? 'Le code de sécurité doit comporter 6 chiffres.'
          : typed !== world.otp
            ? 'Le code de sécurité saisi est incorrect.'
            : practiceNow(world.clock) - world.otpSentAt > codeValidityMs
              ? 'Le code de sécurité a expiré. Cliquez sur « Recevoir un nouveau code ».'
              : null;
    setError(problem);
    emit({ action: 'click', target: 'impots.code.valider', ...(problem ? { ok: false } : {}) });
    if (problem) input.current?.focus();
    else onVerified();
  };

  return (
    <section className="impots-panel impots-narrow" aria-labelledby="impots-code-title">
      <h1 id="impots-code-title" tabIndex={-1}>
        Code de sécurité
      </h1>
      <p>
        Pour sécuriser l’accès à votre espace particulier, un code de sécurité à 6 chiffres vient de vous être envoyé à
        l’adresse <strong>{maskEmail(email)}</strong>.
      </p>
      <form noValidate onSubmit={submit}>
        <TextField
          id="impots-code-input"
          target="impots.code.input"
          label="Code de sécurité"
          hint="6 chiffres"
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onValue={setCode}
          error={error}
          announce
          inputRef={input}
          size="short"
        />
        <button type="submit" className="impots-button impots-button--primary" data-target="impots.code.valider">
          Valider
        </button>
      </form>
      <p className="impots-muted">Vous n’avez pas reçu de courriel ? Vérifiez vos courriers indésirables.</p>
      <TargetButton
        target="impots.code.renvoyer"
        className="impots-link"
        onPress={() => {
          onResend();
          setCode('');
          setError(null);
          setStatus('Un nouveau code de sécurité vous a été envoyé.');
        }}
      >
        Recevoir un nouveau code
      </TargetButton>
      <p role="status" className={status ? 'impots-alert impots-alert--info' : undefined}>
        {status}
      </p>
    </section>
  );
}
