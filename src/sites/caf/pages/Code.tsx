/**
 * « Double authentification »: the site sends a 6-digit code to the practice mailbox, valid
 * 15 minutes, and checks the code typed. Times are practice times (`practiceNow(world.clock)`),
 * which flow in real time: the code expires 15 real minutes after it was sent. Once a code is
 * refused as expired, the page only offers « Renvoyer un code » (the field comes back with the
 * new code), so the guide's way back knows what to do (`navigation.ts`).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { practiceNow } from '../../../lesson/practiceClock.ts';
import { newCode } from '../../../lesson/world.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { codeValidityMs, withCodeMail } from '../cafMails.ts';
import { maskedEmail, type CafPersona } from '../cafPersona.ts';
import { TextField } from '../ui/TextField.tsx';

export interface CodeProps {
  p: CafPersona;
  /** The right code was typed in time. */
  onVerified(): void;
}

const expiredMessage =
  'Ce code a expiré : il était valable 15 minutes. Cliquez sur « Renvoyer un code » pour en recevoir un nouveau.';

/** Double authentification. */
export function Code({ p, onVerified }: CodeProps) {
  const { emit, world, updateWorld } = useSiteBridge();
  const [sent, setSent] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // The code was refused because it expired: only a new one can help.
  const [expired, setExpired] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const address = maskedEmail(p.email);

  const send = (again: boolean) => {
    const fresh = newCode();
    const at = practiceNow(world.clock);
    updateWorld((w) => ({ ...w, otp: fresh, otpSentAt: at, inbox: withCodeMail(w.inbox, fresh, at) }));
    setSent(true);
    setExpired(false);
    setCode('');
    setError(null);
    setStatus(again ? 'Un nouveau code vous a été envoyé.' : 'Le code vous a été envoyé.');
  };
  // The « Envoyer le code » button disappears: give focus to the field the code goes in. The
  // field disappears once the code expired: give it to « Renvoyer un code ».
  const expiredBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (expired) expiredBox.current?.querySelector('button')?.focus();
    else if (sent) input.current?.focus();
  }, [sent, expired]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = code.replace(/[\s\u00a0]/g, '');
    const problem =
      typed === ''
        ? 'Saisissez le code à 6 chiffres reçu par courriel.'
        : !/^\d{6}$/.test(typed)
          ? 'Le code doit comporter 6 chiffres.'
          : typed !== world.otp
            ? 'Le code saisi est incorrect. Vérifiez le dernier courriel reçu, ou cliquez sur « Renvoyer un code ».'
            : practiceNow(world.clock) - world.otpSentAt > codeValidityMs
              ? expiredMessage
              : null;
    setError(problem);
    setExpired(problem === expiredMessage);
    emit(
      problem
        ? { action: 'click', target: 'caf.code.submit', ok: false }
        : { action: 'click', target: 'caf.code.submit' },
    );
    if (problem) input.current?.focus();
    else onVerified();
  };

  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-code-title">
      <h1 id="caf-code-title" tabIndex={-1}>
        Double authentification
      </h1>
      {!sent ? (
        <>
          <p>
            Pour votre sécurité, nous allons vous envoyer un code à 6 chiffres à l’adresse <strong>{address}</strong>.
          </p>
          <TargetButton
            target="caf.code.send"
            className="caf-button caf-button--primary caf-button--wide"
            onPress={() => send(false)}
          >
            Envoyer le code
          </TargetButton>
        </>
      ) : expired ? (
        <div ref={expiredBox} data-place="code-expired">
          <p className="caf-alert caf-alert--error" role="alert">
            {expiredMessage}
          </p>
          <TargetButton target="caf.code.resend" className="caf-link" onPress={() => send(true)}>
            Renvoyer un code
          </TargetButton>
        </div>
      ) : (
        <>
          <p>
            Un code à 6 chiffres vient de vous être envoyé à <strong>{address}</strong>. Ce code est valable 15 minutes.
          </p>
          <form noValidate onSubmit={submit}>
            <TextField
              id="caf-code-input"
              target="caf.code.input"
              label="Code reçu par courriel"
              hint="6 chiffres"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onValue={setCode}
              error={error}
              announce
              inputRef={input}
              className="caf-field--code"
            />
            <button
              type="submit"
              className="caf-button caf-button--primary caf-button--wide"
              data-target="caf.code.submit"
            >
              Valider
            </button>
          </form>
          <p className="caf-muted">
            Vous n’avez pas reçu le code ? Regardez aussi dans le dossier « Courrier indésirable » de votre messagerie.
          </p>
          <TargetButton target="caf.code.resend" className="caf-link" onPress={() => send(true)}>
            Renvoyer un code
          </TargetButton>
        </>
      )}
      <p role="status" className={status ? 'caf-alert caf-alert--info' : undefined}>
        {status}
      </p>
    </section>
  );
}
