/**
 * The presenter view with a hand-made session around the real lesson `caf-se-connecter`: the
 * segment's notes, asks and checklist; the lesson step with its advisor note and known mistakes;
 * the keys (→, Space, ←, P) and the buttons; what comes next; the position kept over a reload
 * and sent to projectors; an unknown session.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import i18n from 'i18next';
import * as reference from '../../../content/lessons/caf-se-connecter/fr.mdx';
import { PresenterPage } from '../../../src/advisor/presenter/PresenterPage.tsx';
import { syncChannelName } from '../../../src/advisor/sync/syncChannel.ts';
import { helloMessage, readMessage, type StateMessage } from '../../../src/advisor/sync/syncProtocol.ts';
import type { CompiledLesson, StepData } from '../../../src/lesson/types.ts';
import { describeBoth, hasText } from '../../player/renderBoth.tsx';
import { fixtureEntry } from './sessionFixture.tsx';

const lesson = reference as unknown as CompiledLesson;
const total = lesson.units.length;
const first = lesson.units[0] as StepData;
const second = lesson.units[1] as StepData;
const sessions = [fixtureEntry];

const segmentHeading = (name: string) => screen.findByRole('heading', { level: 2, name });
const press = (key: string) => userEvent.keyboard(key);

/** What a projector's channel hears. */
function listen() {
  const heard: StateMessage[] = [];
  const channel = new BroadcastChannel(syncChannelName);
  channel.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (message?.type === 'state') heard.push(message);
  };
  return { heard, channel };
}
const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

describeBoth('the presenter view', ({ render }) => {
  const open = (openWindow: (url: string) => boolean = () => true) =>
    render(<PresenterPage id="atelier-test" sessions={sessions} openWindow={openWindow} />);

  it('shows the first segment: what to say, the questions with their answers, the checklist, the timers and the keys', async () => {
    open();
    await segmentHeading('Accueil et tour de table');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Atelier test : se connecter à la CAF');
    expect(screen.getByText('Partie 1 sur 3 · 10 minutes')).toBeVisible();
    expect(screen.getByText('Présentez-vous. Tout se passe sur une copie du site.')).toBeVisible();
    expect(screen.getByText('Qui a déjà un compte CAF ?')).toBeVisible();
    expect(screen.getByText('Certains, pas tous. Tout le monde peut suivre.')).toBeVisible();
    expect(screen.getByText('Chaque personne a un ordinateur allumé.')).toBeVisible();
    expect(screen.getByText('Cette partie')).toBeVisible();
    expect(screen.getByText('Toute la séance')).toBeVisible();
    expect(screen.getByText(/sur 10 min$/)).toBeVisible();
    expect(screen.getByText(/sur 35 min$/)).toBeVisible();
    expect(screen.getByText('Dans les temps : il reste 10 min.')).toBeVisible();
    expect(screen.getByText('Partie 2 : Se connecter : je regarde')).toBeVisible();
    const keys = screen.getByRole('heading', { name: 'Touches du clavier' }).nextElementSibling!;
    expect(keys).toHaveTextContent('→ / Espace : suivant');
    expect(keys).toHaveTextContent('← : précédent');
    expect(keys).toHaveTextContent('P : ouvrir le projecteur');
    expect(screen.getByRole('button', { name: 'Précédent' })).toBeDisabled();
  });

  it('→ goes to the lesson segment: its step, the advisor note and the known mistakes; → and Space go step by step, ← back', async () => {
    open();
    await segmentHeading('Accueil et tour de table');
    await press('{ArrowRight}');
    await segmentHeading('Se connecter : je regarde');
    const lessonPart = screen.getByRole('region', { name: `Leçon : ${lesson.meta.title}` });
    expect(within(lessonPart).getByRole('heading', { name: `Étape 1 sur ${total}` })).toBeVisible();
    expect(hasText(lessonPart, first.text)).toBe(true);
    expect(within(lessonPart).getByRole('heading', { name: "Note pour l'animateur" })).toBeVisible();
    expect(lessonPart).toHaveTextContent("il n'y a pas de bouton « Créer un compte » à l'accueil");
    const mistakes = within(lessonPart).getByRole('heading', { name: 'Erreurs fréquentes à cette étape' });
    expect(mistakes.nextElementSibling?.querySelectorAll('li')).toHaveLength(first.mistakes.length);
    expect(hasText(mistakes.nextElementSibling, first.mistakes[0]!.text)).toBe(true);
    expect(hasText(screen.getByRole('region', { name: 'Ensuite' }), second.text)).toBe(true);

    await press(' ');
    expect(within(lessonPart).getByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();
    expect(lessonPart).toHaveTextContent('taper les 15 chiffres, avec la clé');
    await press('{ArrowLeft}');
    expect(within(lessonPart).getByRole('heading', { name: `Étape 1 sur ${total}` })).toBeVisible();
  });

  it("goes past the lesson's end to the next segment with the « Suivant » button", async () => {
    const user = userEvent.setup();
    open();
    await segmentHeading('Accueil et tour de table');
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    for (let n = 0; n < total; n += 1) await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByRole('heading', { name: 'Fin de la leçon' })).toBeVisible();
    expect(screen.getByText('Partie 3 : Questions')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await segmentHeading('Questions');
    expect(screen.getByText("C'est la fin de la séance.")).toBeVisible();
    expect(screen.getByRole('button', { name: 'Suivant' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Précédent' }));
    expect(screen.getByRole('heading', { name: 'Fin de la leçon' })).toBeVisible();
  });

  it('« Partie suivante » goes straight to the next part, from anywhere in a lesson', async () => {
    const user = userEvent.setup();
    open();
    await segmentHeading('Accueil et tour de table');
    await press('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('heading', { name: `Étape 3 sur ${total}` })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Partie suivante' }));
    await segmentHeading('Questions');
    expect(screen.getByRole('button', { name: 'Partie suivante' })).toBeDisabled();
  });

  it('P opens the projector window; a blocked window gets a message with the link', async () => {
    const opened: string[] = [];
    open((url) => {
      opened.push(url);
      return opened.length > 1;
    });
    await segmentHeading('Accueil et tour de table');
    await press('p');
    expect(opened).toEqual(['/animateur/projecteur/atelier-test']);
    expect(screen.getByRole('alert')).toHaveTextContent("La fenêtre du projecteur n'a pas pu s'ouvrir.");
    expect(screen.getByRole('link', { name: 'Vue projecteur' })).toHaveAttribute(
      'href',
      '/animateur/projecteur/atelier-test',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir le projecteur' }));
    expect(opened).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps its position over a reload, and tells projectors each move and on their hello', async () => {
    const { heard, channel } = listen();
    channels.push(channel);
    const first = open();
    await segmentHeading('Accueil et tour de table');
    await press('{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(heard.at(-1)?.revision).toBe(2));
    expect(heard.at(-1)).toMatchObject({ session: 'atelier-test', revision: 2, position: { segment: 1, step: 1 } });
    first.unmount();

    open();
    const lessonPart = await screen.findByRole('region', { name: `Leçon : ${lesson.meta.title}` });
    expect(within(lessonPart).getByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();
    const before = heard.length;
    channel.postMessage(helloMessage('atelier-test'));
    channel.postMessage(helloMessage('autre-seance'));
    await waitFor(() => expect(heard.length).toBeGreaterThan(before));
    expect(heard.at(-1)).toMatchObject({ revision: 2, position: { segment: 1, step: 1 } });
  });
});

describeBoth('the presenter view in English', ({ render }) => {
  it('says where the workshop is, the timers and the keys in English; the script stays in its language', async () => {
    await i18n.changeLanguage('en');
    render(<PresenterPage id="atelier-test" sessions={sessions} openWindow={() => true} />);
    expect(await screen.findByText('Part 1 of 3 · 10 minutes')).toBeVisible();
    expect(screen.getByText('Présentez-vous. Tout se passe sur une copie du site.').closest('[lang]')).toHaveAttribute(
      'lang',
      'fr',
    );
    expect(screen.getByText('On time: 10 min left.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Keyboard keys' }).nextElementSibling).toHaveTextContent(
      '→ / Space : next',
    );
    expect(screen.getByRole('button', { name: 'Next part' })).toBeVisible();
  });
});

describeBoth('an unknown session', ({ render }) => {
  it('says so, with a link back to the sessions', async () => {
    render(<PresenterPage id="pas-une-seance" sessions={sessions} />);
    expect(await screen.findByRole('heading', { name: 'Séance introuvable' })).toBeVisible();
    expect(
      screen.getByText("Il n'y a pas de séance « pas-une-seance ». Choisissez une séance dans la liste."),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Retour aux séances' })).toHaveAttribute('href', '/');
  });
});
