/**
 * axe-core's violations, as tests/sites/a11y.test.tsx checks them (contrast needs a real layout):
 * on the whole page, or inside `context` (the practice browser, when the player is rendered
 * without the app's landmarks around it).
 */
import axe from 'axe-core';

export async function violations(context: Element | Document = document): Promise<string[]> {
  document.title ||= 'Pas à pas';
  document.documentElement.lang ||= 'fr';
  const result = await axe.run(context, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
