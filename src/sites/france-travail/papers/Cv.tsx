/**
 * The persona's CV, as a job seeker brings it to the registration: contact details (the address
 * and phone the form asks for), the job sought and the kind of work, experience, training and
 * languages. Contact and experience come from the persona's shared fields; the rest from `cv`.
 */
import { readPath } from '../../../lesson/readPath.ts';
import type { Persona } from '../../../lesson/types.ts';
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';
import './papers.css';

/** A month written MM/AAAA from a day JJ/MM/AAAA, as CVs date a job. */
const monthOf = (day: string) => day.slice(3);

/** The list at `path` as text lines (empty when absent). */
function lines(persona: Persona, path: string): string[] {
  const value = readPath(persona, path);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The CV, on one page. */
export function Cv({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const contract = (field: string) => text(persona, `dernier_contrat.${field}`);
  const row = (label: string, value: string) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  const tasks = lines(persona, 'cv.taches');
  return (
    <article className="paper ft-paper-doc ft-paper-cv">
      <Heading className="paper-title">
        CV — {text(persona, 'prenom')} {text(persona, 'nom').toUpperCase()}
      </Heading>
      <p className="ft-paper-cv__job">{text(persona, 'cv.titre')}</p>
      <dl className="ft-paper-grid">
        {row('Adresse', text(persona, 'adresse'))}
        {row('Téléphone', text(persona, 'telephone'))}
        {row('E-mail', text(persona, 'email'))}
      </dl>
      <section>
        <p className="ft-paper-doc__part">Ce que je recherche</p>
        <p>{text(persona, 'cv.recherche')}</p>
      </section>
      {contract('emploi') && (
        <section>
          <p className="ft-paper-doc__part">Expérience</p>
          <p>
            <strong>
              {monthOf(contract('debut'))} – {monthOf(contract('fin'))} : {contract('emploi')}
            </strong>
            <br />
            {contract('employeur')} — {contract('type')}
          </p>
          {tasks.length > 0 && (
            <ul>
              {tasks.map((task) => (
                <li key={task}>{task}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section>
        <p className="ft-paper-doc__part">Formation</p>
        <p>
          {text(persona, 'cv.diplome_annee')} : {text(persona, 'formation.diplome')}
        </p>
      </section>
      <section>
        <p className="ft-paper-doc__part">Langues</p>
        <p>{text(persona, 'cv.langues')}</p>
      </section>
    </article>
  );
}
