/**
 * The registration's pages: the eligibility questions, the documents to have, the personal
 * space's creation and activation, the form step by step, and the confirmation. The site's root
 * hands it the registration state and what only it can do (send mails, sign out).
 */
import { useEffect, type Dispatch } from 'react';
import { normalisePostcode } from '../../../../french/index.ts';
import type { FranceTravailPersona } from '../../franceTravailPersona.ts';
import type { FtPage } from '../../navigationReducer.ts';
import { agenceFor } from '../../registration/agence.ts';
import { appointmentSlots } from '../../registration/appointmentSlots.ts';
import { formSteps, nextStep, pageOfStep, type FormStep } from '../../registration/formSteps.ts';
import type { InscriptionAction, InscriptionState, Submitted } from '../../registration/inscriptionReducer.ts';
import { Activation } from './Activation.tsx';
import { Attente } from './Attente.tsx';
import { CompteActive } from './CompteActive.tsx';
import { Confirmation } from './Confirmation.tsx';
import { Creation } from './Creation.tsx';
import { Eligibilite } from './Eligibilite.tsx';
import { FormStepPage } from './FormStepPage.tsx';
import { InscriptionAccueil } from './InscriptionAccueil.tsx';
import { InscriptionImpossible } from './InscriptionImpossible.tsx';
import { Pieces } from './Pieces.tsx';

export interface RegistrationPageProps {
  page: FtPage;
  p: FranceTravailPersona;
  ins: InscriptionState;
  dispatch: Dispatch<InscriptionAction>;
  signedIn: boolean;
  registered: boolean;
  /** A space exists that one can sign in to. */
  accountActive: boolean;
  identifiant: string;
  /** The practice time now. */
  now(): number;
  go(page: FtPage): void;
  onCreate(email: string, password: string): void;
  onResend(): void;
  onSaveAndQuit(): void;
  onRegistered(submitted: Submitted): void;
  onConvocation(): void;
}

const stepOfPage = (page: FtPage): FormStep | undefined => formSteps.find((step) => pageOfStep(step) === page);

/** The page of the registration `page` names. */
export function RegistrationPage(props: RegistrationPageProps) {
  const { page, ins, dispatch, signedIn, go, now } = props;
  const step = stepOfPage(page);
  // « Précédent » of the browser, or a reload: the step shown is the one « Reprendre » comes back to.
  useEffect(() => {
    if (step && step !== ins.step) dispatch({ type: 'step', step });
  }, [step, ins.step, dispatch]);
  const goStep = (step: FormStep) => {
    dispatch({ type: 'step', step });
    go(pageOfStep(step));
  };
  /** « Commencer mon inscription »: the form once signed in, else the space to create, activate or sign in to. */
  const start = () => {
    if (signedIn) {
      if (props.registered) go('espace');
      else goStep(ins.step);
    } else if (props.accountActive) go(pageOfStep(ins.step));
    else go(ins.compte.status === 'pending' ? 'activation' : 'creation');
  };

  if (step) {
    const done = () => {
      if (step !== 'rendez-vous') {
        dispatch({ type: 'step', step: nextStep(step) });
        dispatch({ type: 'save', at: now() });
        go(pageOfStep(nextStep(step)));
        return;
      }
      const at = now();
      const slot = appointmentSlots(at).find((s) => s.id === ins.values.creneau) ?? appointmentSlots(at)[0];
      const agence = agenceFor(normalisePostcode(ins.values['code-postal'] ?? '') ?? '', ins.values.commune ?? '');
      props.onRegistered({ at, slotAt: slot?.at ?? at, agence: agence.nom, adresse: agence.adresse });
    };
    return (
      <FormStepPage
        key={step}
        step={step}
        values={ins.values}
        reached={ins.reached}
        set={(field, value) => dispatch({ type: 'set', field, value })}
        now={now()}
        go={goStep}
        onDone={done}
        onSaveAndQuit={props.onSaveAndQuit}
      />
    );
  }

  switch (page) {
    case 'inscription':
      return <InscriptionAccueil signedIn={signedIn} onStart={() => go('eligibilite')} onLogin={() => go('login')} />;
    case 'eligibilite':
      return (
        <Eligibilite
          values={ins.eligibilite}
          set={(field, value) => dispatch({ type: 'eligibilite', field, value })}
          today={new Date(now())}
          onContinue={go}
        />
      );
    case 'attente':
      return <Attente dateFin={ins.eligibilite['date-fin'] ?? ''} onHome={() => go('home')} />;
    case 'inscription-impossible':
      return <InscriptionImpossible onHome={() => go('home')} />;
    case 'pieces':
      return <Pieces signedIn={signedIn} onStart={start} onLogin={() => go('login')} />;
    case 'creation':
      return <Creation initialEmail={ins.compte.email} onCreate={props.onCreate} onLogin={() => go('login')} />;
    case 'activation':
      return (
        <Activation
          email={ins.compte.email}
          expired={ins.compte.linkExpired}
          onResend={props.onResend}
          onModifyEmail={() => go('creation')}
        />
      );
    case 'compte-active':
      return <CompteActive identifiant={props.identifiant} onContinue={() => goStep(ins.step)} />;
    case 'inscription-confirmation':
      return ins.submitted ? (
        <Confirmation
          submitted={ins.submitted}
          identifiant={props.identifiant}
          email={ins.values.email ?? props.p.email}
          onConvocation={props.onConvocation}
          onDocuments={() => go('documents')}
          onEspace={() => go('espace')}
        />
      ) : null;
    default:
      return null;
  }
}
