/**
 * The CAF site's navigation map: its places (pages and panels, rendered with `data-place`) and
 * the links between them, so that the guide can bring a learner who strayed back to any target
 * (docs/practice-sites.md, « Navigation map »). Links move around, sign in or out, and open a
 * declaration sent again (practice only); they never send it. The site's root shows its flags:
 * `signed-in` once signed in, `declaration-sent` once the declaration is sent. FranceConnect's pages,
 * shown in the CAF's tab, are places of this map too (`withFranceConnect`).
 */
import type { LinkSpec, SiteNavigation } from '../framework/types.ts';
import { withFranceConnect } from '../franceconnect/navigation.ts';
import { dtrLineKey, dtrMaxLinesPerType, dtrMembers, dtrMonths, dtrResourceTypes, type DtrMember } from './targets.ts';
import { links as compteLinks, places as comptePlaces } from './compte/compteNavigation.ts';
import { links as simulateurLinks, places as simulateurPlaces } from './simulateur/simulateurNavigation.ts';
import { links as changementLinks, places as changementPlaces } from './changement/changementNavigation.ts';
import { links as demandeLinks, places as demandePlaces } from './demande/demandeNavigation.ts';

/** The pages of Mon Compte that show the menu. */
const menuPages = ['espace', 'ressources', 'paiements', 'profil', 'documents'];
const memberPages = ['dtr-vous', 'dtr-conjoint', 'dtr-enfant1', 'dtr-enfant2'];

/** « Suivant » from a member's page: as is once its question is answered, else after answering « Non ». */
function nextLinks(member: DtrMember, to: string): LinkSpec[] {
  const answered = `dtr-${member}-repondu`;
  const next = { action: 'click', target: 'caf.dtr.next' } as const;
  return [
    { from: [`dtr-${member}`], to, steps: [next], when: [answered] },
    {
      from: [`dtr-${member}`],
      to,
      steps: [{ action: 'choose', target: `caf.dtr.${member}.autres`, value: 'equals:non' }, next],
      unless: [answered],
      gives: [answered],
    },
  ];
}

/**
 * A resource added twice on a member's page (typed wrong, then added again): the earlier one is
 * removed with its « Supprimer » (a link to the page itself, done by the way back before a step).
 */
function duplicateLinks(member: DtrMember): LinkSpec[] {
  return dtrMonths.flatMap((month) =>
    dtrResourceTypes.flatMap((type) =>
      Array.from({ length: dtrMaxLinesPerType - 1 }, (_, i): LinkSpec => {
        const key = dtrLineKey(type, i + 1);
        const flag = `dtr-${member}-${month}-${key}-en-double`;
        return {
          from: [`dtr-${member}`],
          to: `dtr-${member}`,
          steps: [{ action: 'click', target: `caf.dtr.${member}.${month}.${key}.supprimer` }],
          when: [flag],
          takes: [flag],
        };
      }),
    ),
  );
}

/** The CAF's own places and links, before FranceConnect's are added. */
const cafOwnNavigation: SiteNavigation = {
  places: {
    // The header is on every CAF page; these two hold it for the pages that have none (FranceConnect's).
    home: { label: 'la page d’accueil de caf.fr', targets: ['caf.home.*', 'caf.header.*'] },
    login: { label: 'la page « Connexion à Mon Compte »', targets: ['caf.login.*', 'caf.header.*'] },
    code: {
      label: 'la page du code reçu par courriel',
      targets: ['caf.code.*'],
      // The field appears once a code is sent.
      reveal: [{ action: 'click', target: 'caf.code.send', optional: true }],
    },
    // « Me déconnecter » is in the header of every page once signed in: Mon Compte is the nearest.
    // Over the code page once a code was refused as expired: only « Renvoyer un code » is left.
    'code-expired': { label: 'la page du code reçu par courriel', targets: ['caf.code.resend'] },
    espace: {
      label: 'l’accueil de Mon Compte',
      targets: [
        'caf.espace.notification-dtr',
        'caf.espace.menu.*',
        'caf.espace.logout',
        'caf.espace.declarer-changement',
        'caf.espace.faire-demande',
      ],
    },
    ressources: { label: 'la page « Mes ressources »', targets: ['caf.ressources.*', 'caf.espace.menu.*'] },
    paiements: { label: 'la page « Mes paiements et mes droits »', targets: ['caf.paiements.*', 'caf.espace.menu.*'] },
    profil: { label: 'la page « Mon profil »', targets: ['caf.espace.menu.*', 'caf.profil.*'] },
    documents: { label: 'la page « Mes documents »', targets: ['caf.espace.menu.*'] },
    'dtr-intro': { label: 'le début de la déclaration trimestrielle', targets: ['caf.dtr.start'] },
    'dtr-vous': {
      label: 'la page de vos ressources, dans la déclaration',
      targets: ['caf.dtr.vous.*', 'caf.dtr.next', 'caf.dtr.previous'],
    },
    'dtr-conjoint': {
      label: 'la page des ressources du conjoint, dans la déclaration',
      targets: ['caf.dtr.conjoint.*', 'caf.dtr.next', 'caf.dtr.previous'],
    },
    // A page for each child aged 16 or more (two at most), after the partner's.
    ...Object.fromEntries(
      (['enfant1', 'enfant2'] as const).map((child) => [
        `dtr-${child}`,
        {
          label: 'la page des ressources de votre enfant, dans la déclaration',
          targets: [`caf.dtr.${child}.*`, 'caf.dtr.next', 'caf.dtr.previous'],
        },
      ]),
    ),
    'dtr-edit': { label: 'la fenêtre « Modifier »', targets: ['caf.dtr.edit.*'] },
    'dtr-add': { label: 'la fenêtre « Ajouter une ressource »', targets: ['caf.dtr.add.*'] },
    'dtr-review': {
      label: 'la page « Vérifiez votre déclaration »',
      targets: ['caf.dtr.review.*', 'caf.dtr.previous'],
    },
    'dtr-confirmation': { label: 'la page de confirmation', targets: ['caf.dtr.confirmation.*'] },
    ...simulateurPlaces,
    ...changementPlaces,
    ...comptePlaces,
    ...demandePlaces,
  },
  links: [
    { from: ['*'], to: 'home', steps: [{ action: 'click', target: 'caf.header.logo' }] },
    // « Mon Compte » opens the login page, or Mon Compte itself once signed in.
    {
      from: ['*'],
      to: 'login',
      steps: [{ action: 'click', target: 'caf.header.mon-compte' }],
      unless: ['signed-in'],
    },
    {
      from: ['*'],
      to: 'espace',
      steps: [{ action: 'click', target: 'caf.header.mon-compte' }],
      when: ['signed-in'],
    },
    // To see the login pages again, once signed in.
    {
      from: ['*'],
      to: 'home',
      steps: [{ action: 'click', target: 'caf.espace.logout' }],
      when: ['signed-in'],
      takes: ['signed-in'],
    },
    {
      from: ['login'],
      to: 'code',
      steps: [
        { action: 'fill', target: 'caf.login.nir', value: 'persona:nir13' },
        { action: 'fill', target: 'caf.login.password', value: 'persona:caf.mot_de_passe' },
        { action: 'click', target: 'caf.login.submit' },
      ],
      // Once the password is changed or an account created, `compteLinks` type the new one.
      unless: ['caf-mot-de-passe-change', 'caf-compte-cree'],
    },
    {
      from: ['code'],
      to: 'espace',
      steps: [
        { action: 'click', target: 'caf.code.send', optional: true },
        { action: 'fill', target: 'caf.code.input', value: 'rule:otp' },
        { action: 'click', target: 'caf.code.submit' },
      ],
      gives: ['signed-in'],
    },
    { from: ['code-expired'], to: 'code', steps: [{ action: 'click', target: 'caf.code.resend' }] },
    { from: menuPages, to: 'ressources', steps: [{ action: 'click', target: 'caf.espace.menu.ressources' }] },
    { from: menuPages, to: 'paiements', steps: [{ action: 'click', target: 'caf.espace.menu.paiements' }] },
    { from: menuPages, to: 'profil', steps: [{ action: 'click', target: 'caf.espace.menu.profil' }] },
    { from: menuPages, to: 'documents', steps: [{ action: 'click', target: 'caf.espace.menu.documents' }] },
    // Two other ways to « Mes ressources », as on the real site: the red alert of the declaration due,
    // and « Mes paiements et mes droits » → « Mes ressources ».
    {
      from: ['espace'],
      to: 'ressources',
      steps: [{ action: 'click', target: 'caf.espace.notification-dtr' }],
      unless: ['declaration-sent'],
    },
    { from: ['paiements'], to: 'ressources', steps: [{ action: 'click', target: 'caf.paiements.ressources' }] },
    {
      from: ['ressources'],
      to: 'dtr-intro',
      steps: [{ action: 'click', target: 'caf.ressources.declarer' }],
      unless: ['declaration-sent'],
    },
    // Once sent, the confirmation can be seen again, and (practice only) the declaration made again.
    {
      from: ['ressources'],
      to: 'dtr-confirmation',
      steps: [{ action: 'click', target: 'caf.ressources.revoir' }],
      when: ['declaration-sent'],
    },
    {
      from: ['ressources'],
      to: 'dtr-intro',
      steps: [{ action: 'click', target: 'caf.ressources.refaire' }],
      when: ['declaration-sent'],
    },
    { from: ['dtr-intro'], to: 'dtr-vous', steps: [{ action: 'click', target: 'caf.dtr.start' }] },
    // « Suivant » is refused until « … d'autres ressources ? » is answered: the way answers « Non ».
    ...nextLinks('vous', 'dtr-conjoint'),
    ...nextLinks('vous', 'dtr-review'),
    ...nextLinks('conjoint', 'dtr-review'),
    ...nextLinks('vous', 'dtr-enfant1'),
    ...nextLinks('conjoint', 'dtr-enfant1'),
    ...nextLinks('enfant1', 'dtr-enfant2'),
    ...nextLinks('enfant1', 'dtr-review'),
    ...nextLinks('enfant2', 'dtr-review'),
    ...dtrMembers.flatMap(duplicateLinks),
    { from: ['dtr-enfant1'], to: 'dtr-vous', steps: [{ action: 'click', target: 'caf.dtr.previous' }] },
    { from: ['dtr-enfant1'], to: 'dtr-conjoint', steps: [{ action: 'click', target: 'caf.dtr.previous' }] },
    { from: ['dtr-enfant2'], to: 'dtr-enfant1', steps: [{ action: 'click', target: 'caf.dtr.previous' }] },
    { from: ['dtr-review'], to: 'dtr-enfant1', steps: [{ action: 'click', target: 'caf.dtr.previous' }] },
    { from: ['dtr-review'], to: 'dtr-enfant2', steps: [{ action: 'click', target: 'caf.dtr.previous' }] },
    { from: ['dtr-conjoint'], to: 'dtr-vous', steps: [{ action: 'click', target: 'caf.dtr.previous' }] },
    { from: ['dtr-vous'], to: 'dtr-intro', steps: [{ action: 'click', target: 'caf.dtr.previous' }] },
    { from: ['dtr-review'], to: 'dtr-vous', steps: [{ action: 'click', target: 'caf.dtr.review.modify' }] },
    { from: ['dtr-review'], to: 'dtr-conjoint', steps: [{ action: 'click', target: 'caf.dtr.previous' }] },
    { from: memberPages, to: 'dtr-edit', steps: [{ action: 'click', target: 'caf.dtr.*.modifier' }] },
    { from: memberPages, to: 'dtr-add', steps: [{ action: 'click', target: 'caf.dtr.*.ajouter' }] },
    { from: ['dtr-confirmation'], to: 'espace', steps: [{ action: 'click', target: 'caf.dtr.confirmation.back' }] },
    // The prime d'activité simulator: « Faire une simulation » opens its first page.
    { from: ['home'], to: 'simulateur-debut', steps: [{ action: 'click', target: 'caf.home.simulateur' }] },
    ...simulateurLinks,
    ...changementLinks,
    ...compteLinks,
    // The prime d'activité claim: « Faire une demande de prestation » in Mon Compte.
    ...demandeLinks,
  ],
};

/**
 * The CAF's map with FranceConnect's pages: « S'identifier avec FranceConnect » on the login page,
 * then the provider, then Mon Compte, signed in (no code is asked).
 */
export const cafNavigation: SiteNavigation = withFranceConnect(cafOwnNavigation, {
  site: 'caf',
  button: 'caf.login.franceconnect',
  login: 'login',
  signedIn: 'espace',
  gives: ['signed-in'],
});
