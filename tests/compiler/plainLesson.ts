/**
 * The fixture lessons of the warning tests: a lesson written plainly, in French and in English,
 * that gets no warning. Each test changes one thing in it.
 */

/** The French lesson `id` (default `mini`), with no warning. */
export const plainLesson = (id = 'mini') => `---
id: ${id}
title: Se connecter
summary: Entrer dans Mon Compte.
site: caf
persona: lea
skills: [se-connecter, trouver-identifiant]
level: 1
duration: 5
goal: Connectez-vous à l'espace de Léa.
---

<Step id="ouvrir" skill="se-connecter" action="click" target="caf.header.mon-compte">
  Cliquez sur **Mon Compte**, en haut à droite.
  <Hint>Regardez en haut de la page.</Hint>
  <Hint>C'est le bouton « Mon Compte ».</Hint>
</Step>

<Question id="ou-code">
  Où arrive le code ?
  <Answer value="mail" correct>Dans la messagerie.</Answer>
  <Answer value="courrier">Dans une lettre.</Answer>
</Question>

<Step id="numero" skill="trouver-identifiant" action="fill" target="caf.login.nir" expect="persona:nir13">
  Tapez le numéro de la <Term id="carte-vitale">carte Vitale</Term>.
  <Hint>Regardez la carte d'entraînement.</Hint>
  <Hint>Tapez les 13 premiers chiffres.</Hint>
</Step>
`;

/** Its English file, with no warning. */
export const plainLessonEn = `---
title: Log in
summary: Enter Mon Compte.
goal: Log in to Léa's space.
---

<Step id="ouvrir" skill="se-connecter" action="click" target="caf.header.mon-compte">
  Click **Mon Compte**, at the top right.
  <Hint>Look at the top of the page.</Hint>
  <Hint>It is the « Mon Compte » button.</Hint>
</Step>

<Question id="ou-code">
  Where does the code arrive?
  <Answer value="mail" correct>In the mailbox.</Answer>
  <Answer value="courrier">In a letter.</Answer>
</Question>

<Step id="numero" skill="trouver-identifiant" action="fill" target="caf.login.nir" expect="persona:nir13">
  Type the number of the <Term id="carte-vitale">Vitale card</Term>.
  <Hint>Look at the practice card.</Hint>
  <Hint>Type the first 13 digits.</Hint>
</Step>
`;
