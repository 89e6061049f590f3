/** The advisor's home: each session with its links (present, run sheet, lesson handouts), the group follow-up; an empty catalogue says so. */
import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { SessionList } from '../../../src/advisor/presenter/SessionListPage.tsx';
import { describeBoth } from '../../player/renderBoth.tsx';
import { fixtureEntry } from './sessionFixture.tsx';

describeBoth('the session list', ({ render }) => {
  it('lists each session with its audience, duration, lessons and links', () => {
    render(<SessionList sessions={[fixtureEntry]} />);
    const item = screen.getByRole('heading', { level: 3, name: 'Atelier test : se connecter à la CAF' }).closest('li')!;
    const inItem = within(item);
    expect(item).toHaveTextContent('Pour qui : Des allocataires qui débutent.');
    expect(item).toHaveTextContent('Durée : 35 minutes');
    expect(
      inItem.getByRole('link', { name: 'Animer la séance « Atelier test : se connecter à la CAF »' }),
    ).toHaveAttribute('href', '/seances/atelier-test');
    expect(
      inItem.getByRole('link', { name: 'Feuille de route de la séance « Atelier test : se connecter à la CAF »' }),
    ).toHaveAttribute('href', '/fiches/seances/atelier-test');
    expect(inItem.getByRole('link', { name: /^Fiche de la leçon « .+ »$/ })).toHaveAttribute(
      'href',
      '/fiches/lecons/caf-se-connecter',
    );
    expect(inItem.getByRole('link', { name: /Fiche de la leçon/ })).not.toHaveTextContent('caf-se-connecter');
    expect(
      screen.getByRole('link', { name: 'Voir où en est chaque personne, avec ses codes de progression.' }),
    ).toHaveAttribute('href', '/groupe');
  });

  it('says when there is no session yet', () => {
    render(<SessionList sessions={[]} />);
    expect(screen.getByText("Il n'y a pas encore de séance.")).toBeVisible();
    expect(screen.getByRole('link', { name: /codes de progression/ })).toBeVisible();
  });
});
