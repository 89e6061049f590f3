/**
 * `npm run new-lesson -- <lesson-id> --site <site> --persona <persona>`: creates
 * `content/lessons/<lesson-id>/fr.mdx`, a starter lesson that checks and plays in every mode —
 * three steps a fresh run can do in order on the site, a question, two hints per step, a mistake
 * — with comments that teach the vocabulary. It refuses an id that is malformed or taken, an
 * unknown site or persona (exit 2), and writes nothing that does not compile.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { idPattern } from '../../lesson/ids.ts';
import { registry } from '../../sites/registry.ts';
import { didYouMean } from '../didYouMean.ts';
import { formatMessages, hasErrors } from '../messages.ts';

/** Who the lesson is about, as its texts name them. */
interface Someone {
  /** « Amina », or « la personne » when the persona has no `prenom`. */
  name: string;
  /** « d'Amina », « de Karim », « de la personne ». */
  of: string;
}

/** A site's starter: three steps a fresh run can do in order, and a question. */
interface Starter {
  title: string;
  summary: string;
  goal(who: Someone): string;
  /** Every skill the steps use. */
  skills: string[];
  /** The lesson's text, from its introduction to its last step. */
  body(who: Someone): string;
}

/** The starter of each practice site (a new site adds its own: a test checks that every site has one). */
export const starters: Readonly<Record<string, Starter>> = {
  caf: {
    title: 'Entrer dans Mon Compte CAF',
    summary: 'Ouvrir Mon Compte, puis taper son numéro et son mot de passe.',
    goal: (who) => `Ouvrez Mon Compte, puis tapez le numéro et le mot de passe ${who.of}.`,
    skills: ['se-connecter', 'trouver-identifiant'],
    body: (who) => `${who.name} veut entrer dans son espace de la CAF. Vous allez l'aider.

<Step id="ouvrir-mon-compte" skill="se-connecter" action="click" target="caf.header.mon-compte">
  Cliquez sur **Mon Compte**, en haut à droite.

  <Hint>Regardez en haut de la page, à droite.</Hint>
  <Hint>Cliquez sur le bouton « Mon Compte ».</Hint>
  <Mistake on="caf.home.faire-demande">Ce lien sert à demander une aide. ${who.name} a déjà un compte. Cliquez sur **Mon Compte**.</Mistake>
</Step>

<Question id="pour-entrer">
  Pour entrer dans Mon Compte, que faut-il ?

  <Answer value="numero-et-mot-de-passe" correct>Le numéro de sécurité sociale et le mot de passe.</Answer>
  <Answer value="telephone">Le numéro de téléphone.</Answer>
</Question>

<Step id="numero-secu" skill="trouver-identifiant" action="fill" target="caf.login.nir" expect="persona:nir13">
  Tapez le numéro de sécurité sociale ${who.of}. Ce sont les 13 premiers chiffres de sa carte Vitale.

  <Hint>La carte Vitale est dans la « Carte d'entraînement », sous ce texte.</Hint>
  <Hint>Tapez les 13 premiers chiffres de la carte Vitale, sans les 2 derniers.</Hint>
  <Mistake on="caf.login.create-account">${who.name} a déjà un compte. Tapez son numéro de sécurité sociale.</Mistake>
</Step>

<Step id="mot-de-passe" skill="se-connecter" action="fill" target="caf.login.password" expect="persona:caf.mot_de_passe">
  Tapez le mot de passe ${who.of}. Attention aux majuscules.

  <Hint>Le mot de passe est sur le papier « Mot de passe CAF », dans la « Carte d'entraînement ».</Hint>
  <Hint>Tapez le mot de passe lettre par lettre, avec les majuscules.</Hint>
  <Mistake on="caf.login.forgot-password">${who.name} connaît son mot de passe. Il est dans la « Carte d'entraînement ».</Mistake>
</Step>
`,
  },
  'france-travail': {
    title: 'Commencer son inscription à France Travail',
    summary: "Ouvrir la page d'inscription, puis répondre à la première question.",
    goal: (who) => `Ouvrez l'inscription à France Travail ${who.of}, puis dites si son contrat est fini.`,
    skills: ['trouver-rubrique', 'repondre-oui-non'],
    body: (who) => `${who.name} veut s'inscrire à France Travail. Vous allez l'aider à commencer.

<Step id="ouvrir-inscription" skill="trouver-rubrique" action="click" target="france-travail.home.inscription">
  Cliquez sur **S'inscrire, se réinscrire**.

  <Hint>Regardez sous « Je suis candidat ».</Hint>
  <Hint>Cliquez sur la case « S'inscrire, se réinscrire ».</Hint>
  <Mistake on="france-travail.home.connexion">${who.name} n'a pas encore d'espace. Cliquez sur **S'inscrire, se réinscrire**.</Mistake>
</Step>

<Question id="quand-s-inscrire">
  Quand peut-on s'inscrire à France Travail ?

  <Answer value="lendemain" correct>Le lendemain de la fin du contrat de travail.</Answer>
  <Answer value="avant">Un mois avant la fin du contrat.</Answer>
</Question>

<Step id="je-commence" skill="trouver-rubrique" action="click" target="france-travail.inscription.commencer">
  Cliquez sur **Je commence**.

  <Hint>Le bouton est sous la liste des étapes.</Hint>
  <Hint>Cliquez sur le bouton bleu « Je commence ».</Hint>
</Step>

<Step id="plus-de-contrat" skill="repondre-oui-non" action="choose" target="france-travail.inscription.eligibilite.contrat" expect="equals:non">
  Le contrat ${who.of} est fini. À la première question, choisissez **Non**.

  <Hint>La question parle du contrat de travail.</Hint>
  <Hint>Cliquez sur « Non », sous la première question.</Hint>
</Step>
`,
  },
  impots: {
    title: 'Entrer dans son espace impots.gouv',
    summary: 'Ouvrir son espace particulier, puis taper son numéro fiscal et son mot de passe.',
    goal: (who) => `Ouvrez l'espace particulier ${who.of}, puis tapez son numéro fiscal et son mot de passe.`,
    skills: ['se-connecter', 'trouver-identifiant'],
    body: (who) => `${who.name} veut entrer dans son espace sur le site des impôts. Vous allez l'aider.

<Step id="ouvrir-espace" skill="se-connecter" action="click" target="impots.home.espace">
  Cliquez sur **Votre espace particulier**, en haut à droite.

  <Hint>Regardez en haut de la page, à droite.</Hint>
  <Hint>Cliquez sur le bouton « Votre espace particulier ».</Hint>
  <Mistake on="impots.home.creer-espace">${who.name} a déjà un espace. Cliquez sur **Votre espace particulier**.</Mistake>
</Step>

<Question id="numero-fiscal-ou">
  Où est écrit le numéro fiscal ?

  <Answer value="avis" correct>Sur l'avis d'impôt, en haut de la première page.</Answer>
  <Answer value="carte-vitale">Sur la carte Vitale.</Answer>
</Question>

<Step id="numero-fiscal" skill="trouver-identifiant" action="fill" target="impots.connexion.numero-fiscal" expect="persona:impots.numero_fiscal">
  Tapez le numéro fiscal ${who.of}. Il a 13 chiffres.

  <Hint>L'avis d'impôt est dans la « Carte d'entraînement », sous ce texte.</Hint>
  <Hint>Tapez les 13 chiffres écrits après « Numéro fiscal ».</Hint>
  <Mistake on="impots.connexion.creer-espace">${who.name} a déjà un espace. Tapez son numéro fiscal.</Mistake>
</Step>

<Step id="mot-de-passe" skill="se-connecter" action="fill" target="impots.connexion.mot-de-passe" expect="persona:impots.mot_de_passe">
  Tapez le mot de passe ${who.of}. Attention aux majuscules.

  <Hint>Le mot de passe est sur un papier de la « Carte d'entraînement ».</Hint>
  <Hint>Tapez le mot de passe lettre par lettre, avec les majuscules.</Hint>
  <Mistake on="impots.connexion.mot-de-passe-oublie">${who.name} connaît son mot de passe. Il est dans la « Carte d'entraînement ».</Mistake>
</Step>
`,
  },
  ameli: {
    title: 'Entrer dans son compte ameli',
    summary: 'Taper son numéro de sécurité sociale et son mot de passe, puis se connecter.',
    goal: (who) => `Entrez dans le compte ameli ${who.of} avec son numéro et son mot de passe.`,
    skills: ['trouver-identifiant', 'se-connecter'],
    body: (who) => `${who.name} veut entrer dans son compte ameli. Vous allez l'aider.

<Step id="numero-secu" skill="trouver-identifiant" action="fill" target="ameli.connexion.nir" expect="persona:nir13">
  Tapez le numéro de sécurité sociale ${who.of}. Ce sont les 13 premiers chiffres de sa carte Vitale.

  <Hint>La carte Vitale est dans la « Carte d'entraînement », sous ce texte.</Hint>
  <Hint>Tapez les 13 premiers chiffres de la carte Vitale, sans les 2 derniers.</Hint>
  <Mistake on="ameli.connexion.creer-compte">${who.name} a déjà un compte. Tapez son numéro de sécurité sociale.</Mistake>
</Step>

<Question id="quel-numero">
  Combien de chiffres faut-il taper ?

  <Answer value="treize" correct>13 chiffres : le numéro sans les 2 derniers.</Answer>
  <Answer value="quinze">Les 15 chiffres de la carte Vitale.</Answer>
</Question>

<Step id="mot-de-passe" skill="se-connecter" action="fill" target="ameli.connexion.mot-de-passe" expect="persona:ameli.mot_de_passe">
  Tapez le mot de passe ${who.of}. Attention aux majuscules.

  <Hint>Le mot de passe est sur un papier de la « Carte d'entraînement ».</Hint>
  <Hint>Tapez le mot de passe lettre par lettre, avec les majuscules.</Hint>
  <Mistake on="ameli.connexion.mot-de-passe-oublie">${who.name} connaît son mot de passe. Il est dans la « Carte d'entraînement ».</Mistake>
</Step>

<Step id="se-connecter" skill="se-connecter" action="click" target="ameli.connexion.valider">
  Cliquez sur **Se connecter**.

  <Hint>Le bouton est sous le mot de passe.</Hint>
  <Hint>Cliquez sur le bouton « Se connecter ».</Hint>
</Step>
`,
  },
  mail: {
    title: 'Trouver un message dans ma messagerie',
    summary: 'Regarder les dossiers de la messagerie, puis ouvrir un message.',
    goal: (who) => `Regardez le courrier indésirable ${who.of}, puis ouvrez le message de la médiathèque.`,
    skills: ['utiliser-messagerie'],
    body: (who) => `${who.name} reçoit des messages. Vous allez l'aider à en trouver un.

<Step id="ouvrir-indesirables" skill="utiliser-messagerie" action="click" target="mail.folder.spam">
  Cliquez sur **Courrier indésirable**, à gauche.

  <Hint>Les dossiers sont à gauche de la page.</Hint>
  <Hint>Cliquez sur le dossier « Courrier indésirable ».</Hint>
  <Mistake on="mail.inbox.other">Ce message est dans la boîte de réception. Cliquez d'abord sur **Courrier indésirable**, à gauche.</Mistake>
</Step>

<Question id="message-douteux">
  Un message promet de l'argent. Il demande votre code. Que faites-vous ?

  <Answer value="ne-rien-donner" correct>Je ne donne pas mon code. C'est sûrement une arnaque.</Answer>
  <Answer value="donner-le-code">Je donne mon code pour avoir l'argent.</Answer>
</Question>

<Step id="revenir-boite" skill="utiliser-messagerie" action="click" target="mail.folder.inbox">
  Cliquez sur **Boîte de réception**, à gauche.

  <Hint>Les dossiers sont à gauche de la page.</Hint>
  <Hint>Cliquez sur le dossier « Boîte de réception ».</Hint>
</Step>

<Step id="ouvrir-message" skill="utiliser-messagerie" action="click" target="mail.inbox.other">
  Ouvrez le message de la **Médiathèque de Saint-Denis**.

  <Hint>Les messages sont au milieu de la page.</Hint>
  <Hint>Cliquez sur le message « Vos livres sont à rendre ».</Hint>
  <Mistake on="mail.folder.spam">Ce dossier garde les messages douteux. Le message de la médiathèque est dans la boîte de réception.</Mistake>
</Step>
`,
  },
};

/** The comments at the top of the frontmatter: how the file works, for a first-time author. */
function guideComments(id: string): string {
  return `# A starter lesson: change its texts and steps. Lines that start with « # » are comments:
# learners never see them.
#   Check it:  npm run check -- content/lessons/${id}/fr.mdx
#   Play it in the three modes:  npm run play -- ${id}
#   See it:  npm run dev, then open /lecons/${id}
# The whole vocabulary and every rule: docs/writing-lessons.md.
#
# After this frontmatter comes the lesson: a short introduction, then steps and questions, in the
# order the learner does them.
#   <Step id skill action target expect>  one action on the practice site; the instruction inside.
#       action: click, fill, choose or check (the target must take it).
#       target: an element of a practice site (src/sites/<site>/targets.ts lists them).
#       expect, for fill and choose: persona:<field> (the value on the practice card),
#       equals:<text>, rule:<name>, or matches:<pattern> with value="<an example>".
#   <Hint>  inside a step: the help ladder, from vague to precise. Write two at least.
#       « Montre-moi » comes after the last one: the app does the step.
#   <Mistake on="<target>">  inside a step: what to say after a wrong action you expect
#       there (add value="…" for a wrong value typed in the step's own field).
#   <Question id>  a question in the guide, with <Answer value="…">; mark the right one \`correct\`.
#   <Branch on="persona.<field>">  a fork, with <Case value="…" goto="<step-id>"> and <Otherwise goto="…">.
#   <Term id="…">a word</Term>  a word explained on demand (content/glossary/fr.yaml).
#   <AdvisorNote>  a note for the advisor only.
# Write for the learners: short sentences, common words, one idea per sentence.
`;
}

/** Options of a starter lesson. */
export interface StarterOptions {
  /** The lesson id, also its folder's name. */
  id: string;
  /** The practice site it starts on: a key of `starters`. */
  site: string;
  /** The persona id. */
  persona: string;
  /** The persona's first name (its `prenom`), when it has one. */
  firstName?: string;
}

/** The text of a starter lesson, `content/lessons/<id>/fr.mdx`. */
export function starterLesson({ id, site, persona, firstName }: StarterOptions): string {
  const starter = starters[site];
  if (!starter) throw new Error(`No starter lesson for site \`${site}\`: add one to \`starters\` in newLesson.ts.`);
  const who: Someone = firstName
    ? { name: firstName, of: /^[aeiouyhâàéèêîïôû]/i.test(firstName) ? `d'${firstName}` : `de ${firstName}` }
    : { name: 'La personne', of: 'de la personne' };
  return `---
${guideComments(id)}id: ${id}
title: ${starter.title}
summary: ${starter.summary}
# The site the lesson starts on, and the person the learner helps (content/personas/${persona}.yaml).
site: ${site}
persona: ${persona}
# Every skill a step uses (content/skills.yaml).
skills: [${starter.skills.join(', ')}]
# 1 (first steps) to 3 (confident); the duration in minutes.
level: 1
duration: 5
# The mission, the only text shown in « Je fais seul ».
goal: ${starter.goal(who)}
---

${starter.body(who)}`;
}

const usage = `Usage: npm run new-lesson -- <lesson-id> --site <site> --persona <persona>

Creates content/lessons/<lesson-id>/fr.mdx: a starter lesson of three steps and a question
on the practice site, that checks and plays in every mode, with comments that explain each element.

  <lesson-id>          lower-case words joined by dashes, e.g. caf-changer-adresse
  --site <site>        the practice site the lesson starts on: ${registry.sites.map((s) => s.id).join(', ')}
  --persona <persona>  the person the learner helps, a file in content/personas/
  --help               show this help

Exit code: 0 when the lesson is created, 2 when the command is wrong (nothing is written).`;

/** Reads the command line; a string is the message of a wrong command. */
function readArgs(args: string[]): { id: string; site: string; persona: string } | 'help' | string {
  let id: string | undefined;
  const flags: Record<string, string | undefined> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    const flag = /^--(site|persona)(?:=(.*))?$/.exec(arg);
    if (flag) {
      const value = flag[2] ?? args[(i += 1)];
      if (!value || value.startsWith('-'))
        return `\`--${flag[1]}\` needs a value, e.g. \`--${flag[1]} ${flag[1] === 'site' ? 'caf' : 'amina'}\`.`;
      flags[flag[1] as string] = value;
    } else if (arg.startsWith('-')) return `Unknown option \`${arg}\`.`;
    else if (id !== undefined) return `One lesson id only: \`${id}\` or \`${arg}\`?`;
    else id = arg;
  }
  if (id === undefined) return 'Give the new lesson an id, e.g. `caf-changer-adresse`.';
  if (!flags.site) return 'Name the practice site the lesson starts on: `--site caf`.';
  if (!flags.persona) return 'Name the persona: `--persona amina`.';
  return { id, site: flags.site, persona: flags.persona };
}

async function main(args: string[]): Promise<number> {
  const options = readArgs(args);
  if (options === 'help') {
    console.log(usage);
    return 0;
  }
  const refuse = (message: string) => {
    console.error(`✗ ${message}`);
    return 2;
  };
  if (typeof options !== 'object') return refuse(`${options}\n\n${usage}`);
  const { id, site, persona } = options;
  const content = resolve('content');
  const folder = join(content, 'lessons', id);
  const path = join(folder, 'fr.mdx');
  if (!idPattern.test(id))
    return refuse(
      `\`${id}\` is not a valid lesson id: use lower-case letters and digits in words joined by single dashes, e.g. \`caf-changer-adresse\`.`,
    );
  if (existsSync(folder))
    return refuse(
      `A lesson \`${id}\` already exists (${relative(process.cwd(), folder)}): choose another id, or edit that lesson.`,
    );
  // A lesson starts in a tab: FranceConnect (no tab) is reached through another site.
  const sites = registry.sites.filter((s) => s.tab !== false).map((s) => s.id);
  if (!sites.includes(site))
    return refuse(
      registry.site(site)
        ? `The site \`${site}\` has no tab: a lesson starts on the site that leads there. Sites: ${sites.join(', ')}.`
        : `Unknown site \`${site}\`.${didYouMean(site, sites)} Sites: ${sites.join(', ')}.`,
    );
  if (!starters[site])
    return refuse(
      `There is no starter lesson for the site \`${site}\` yet: add one to \`starters\` in src/compiler/cli/newLesson.ts.`,
    );
  const personasFolder = join(content, 'personas');
  const personas = existsSync(personasFolder)
    ? readdirSync(personasFolder)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -'.yaml'.length))
    : [];
  if (!personas.includes(persona))
    return refuse(
      `Unknown persona \`${persona}\`.${didYouMean(persona, personas)} Personas: ${personas.join(', ') || 'none'} (content/personas/).`,
    );
  // The compiler is loaded only now: a wrong command is answered at once.
  const { compileLesson } = await import('../compileLesson.ts');
  const { createContentStore } = await import('../content/contentStore.ts');
  const store = createContentStore(content);
  const prenom = store.persona(persona).data?.prenom;
  const value = starterLesson({ id, site, persona, ...(typeof prenom === 'string' ? { firstName: prenom } : {}) });
  // Never leave a lesson that does not compile: a persona may lack what the site's steps type.
  const result = await compileLesson({ path, value }, { store });
  if (hasErrors(result.file)) {
    for (const line of formatMessages(result.file)) console.error(line);
    return refuse(`The starter lesson does not compile with the persona \`${persona}\` (above): nothing was written.`);
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, value);
  const shown = relative(process.cwd(), path);
  console.log(`✓ Created ${shown}: 3 steps and a question on the site \`${site}\`, for ${persona}.
Next:
  1. Open it: the comments at the top explain each element. Change the texts and the steps.
  2. npm run check -- ${shown}
  3. npm run play -- ${id}
  4. npm run dev, then open http://localhost:5173/lecons/${id}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(
        `The new-lesson command itself failed: ${(error as Error).message ?? String(error)}. Please report it.`,
      );
      process.exitCode = 2;
    },
  );
}
