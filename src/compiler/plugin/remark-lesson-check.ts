/**
 * Checks a lesson document against everything it refers to: the site registries, the skill
 * catalogue, the persona, the glossary, the other lessons, and its own graph (every step
 * reachable, every path reaching the end).
 */
import { createWorld } from '../../lesson/world.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { demoValue, parseExpect, personaField } from '../../lesson/expect.ts';
import { ValuePatternError } from '../../lesson/valuePattern.ts';
import type { Persona, TargetId } from '../../lesson/types.ts';
import { practiceFilesOf } from '../../lesson/practiceFiles.ts';
import { fileTarget, fileTargetSpec, type SiteRegistry } from '../../sites/framework/siteRegistry.ts';
import { matchesAny } from '../../sites/framework/targetPattern.ts';
import type { SiteSpec, TargetRegistry, TargetSpec } from '../../sites/framework/types.ts';
import type { Root } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';
import * as z from 'zod/mini';
import type { ContentStore } from '../content/contentStore.ts';
import { didYouMean } from '../didYouMean.ts';
import { canReachEnd, reachable, stateName } from '../graph/lessonGraph.ts';
import type { DocBranch, DocStep, LessonDoc } from '../lessonDoc.ts';
import { fail, listOf, type Place } from '../messages.ts';
import { lessonDocOf } from './lessonDocOf.ts';

export interface CheckOptions {
  store: ContentStore;
  /** The practice sites the lesson may use. */
  sites: SiteRegistry;
  /** The lesson's folder name. */
  folderId: string;
  locale: string;
}

/** Every dotted path of a persona, for "did you mean" on `persona:` fields. */
function fieldPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => [`${prefix}${key}`, ...fieldPaths(child, `${prefix}${key}.`)]);
}

/** The site a target belongs to: `caf.login.nir` → `caf`, `browser.tab.mail` → `mail`. */
const siteOf = (target: string) =>
  target.startsWith('browser.tab.') ? target.slice('browser.tab.'.length) : (target.split('.')[0] ?? target);

/** Reports a lesson without any `<Step>`, just after its frontmatter: it would jump to « Bravo ! ». */
function checkHasStep(tree: Root, file: VFile) {
  let found = false;
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Step') found = true;
    return found ? EXIT : undefined;
  });
  if (found) return;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  fail(
    file,
    'The lesson has no step: add at least one `<Step id="…" skill="…" action="…" target="…">` with its instruction, then `</Step>`.',
    { line: (yaml?.position?.end.line ?? 0) + 1, column: 1 },
    'no-step',
  );
}

export default function remarkLessonCheck(options: CheckOptions) {
  return (tree: Root, file: VFile) => {
    const doc = lessonDocOf(file);
    const checker = new Checker(file, doc, options);
    checkHasStep(tree, file);
    checker.checkMeta();
    checker.checkNodes();
    checker.checkPersonaForSites();
    checker.checkGraph();
    checker.checkTerms();
  };
}

class Checker {
  private readonly persona: Persona | undefined;
  private readonly skills: Set<string>;
  private readonly sites: SiteRegistry;
  /** The sites' targets, plus the files of the persona's practice computer (`browser.fichiers.<file>`). */
  private readonly targets: TargetRegistry;
  /** The names of the persona's practice files (`documents:`). */
  private readonly files: string[];

  constructor(
    private readonly file: VFile,
    private readonly doc: LessonDoc,
    private readonly options: CheckOptions,
  ) {
    this.persona = doc.meta.persona ? (options.store.persona(doc.meta.persona).data as Persona | undefined) : undefined;
    this.skills = new Set((options.store.skills().data ?? []).map((s) => s.id));
    this.sites = options.sites;
    this.files = this.persona ? practiceFilesOf(this.persona).map((f) => f.name) : [];
    this.targets = {
      ...options.sites.targets,
      ...Object.fromEntries(this.files.map((name) => [fileTarget(name), fileTargetSpec(name)])),
    };
  }

  private lines: string[] | undefined;

  private frontmatterField(name: string): Place {
    this.lines ??= String(this.file.value ?? '').split('\n');
    const index = this.lines.findIndex((line) => line.startsWith(`${name}:`));
    return index === -1 ? { line: 1, column: 1 } : { line: index + 1, column: 1 };
  }

  checkMeta() {
    const meta = this.doc.meta;
    const { store, folderId } = this.options;
    if (meta.id !== undefined && meta.id !== folderId) {
      fail(
        this.file,
        `The lesson id \`${meta.id}\` must be its folder's name \`${folderId}\`: rename one of them.`,
        this.frontmatterField('id'),
        'lesson-id',
      );
    }
    // A lesson starts in a tab: a site without one (FranceConnect) is reached through another.
    const siteIds = this.sites.sites.filter((site) => site.tab !== false).map((site) => site.id);
    if (meta.site !== undefined && !siteIds.includes(meta.site)) {
      const known = this.sites.site(meta.site);
      fail(
        this.file,
        known
          ? `The site \`${meta.site}\` has no tab: a lesson starts on the site that leads there. Use ${listOf(siteIds)}.`
          : `Unknown site \`${meta.site}\`.${didYouMean(meta.site, siteIds)} Use ${listOf(siteIds)}.`,
        this.frontmatterField('site'),
        'unknown-site',
      );
    }
    const persona = meta.persona === undefined ? undefined : store.persona(meta.persona);
    if (!persona) {
      // reported by the frontmatter check
    } else if (!persona.exists) {
      fail(
        this.file,
        `Unknown persona \`${meta.persona}\`: create content/personas/${meta.persona}.yaml or name an existing persona.`,
        this.frontmatterField('persona'),
        'unknown-persona',
      );
    } else if (!persona.data) {
      fail(
        this.file,
        `Persona \`${meta.persona}\` has errors (see content/personas/${meta.persona}.yaml): fix them first.`,
        this.frontmatterField('persona'),
        'unknown-persona',
      );
    }
    const skills = store.skills();
    if (!skills.data)
      fail(
        this.file,
        'content/skills.yaml has errors: fix them first.',
        this.frontmatterField('skills'),
        'unknown-skill',
      );
    else for (const skill of meta.skills ?? []) this.checkSkill(skill, this.frontmatterField('skills'), false);
    for (const required of meta.requires ?? []) {
      if (!existsSync(join(store.root, 'lessons', required, 'fr.mdx'))) {
        fail(
          this.file,
          `\`requires\` names \`${required}\`, which is not a lesson: use the folder name of a lesson in content/lessons/.`,
          this.frontmatterField('requires'),
          'frontmatter-field',
        );
      }
    }
  }

  private checkSkill(skill: string, place: Place, inStep: boolean) {
    if (!this.skills.has(skill)) {
      fail(
        this.file,
        `Unknown skill \`${skill}\`.${didYouMean(skill, this.skills)} Use a skill id from content/skills.yaml.`,
        place,
        'unknown-skill',
      );
    } else if (inStep && this.doc.meta.skills && !this.doc.meta.skills.includes(skill)) {
      fail(
        this.file,
        `Skill \`${skill}\` is not in the lesson's \`skills\`: add it to the frontmatter list.`,
        place,
        'unknown-skill',
      );
    }
  }

  /** The spec of a target the registry knows; reports an unknown one and returns `undefined`. */
  private checkTarget(target: string, place: Place): TargetSpec | undefined {
    const spec = Object.hasOwn(this.targets, target) ? this.targets[target as TargetId] : undefined;
    if (spec) return spec;
    fail(
      this.file,
      `Unknown target \`${target}\`.${didYouMean(target, Object.keys(this.targets))} Targets are listed in src/sites/<site>/targets.ts.`,
      place,
      'unknown-target',
    );
    return undefined;
  }

  private allowedSites: Set<string> | undefined | null = null;

  /**
   * The sites the lesson may target: its `site`, the sites that show what it sends (the
   * mailbox, when the site sends messages) and the sites without a tab whose pages it shows in
   * its own tab (FranceConnect); `undefined` while the `site` itself is wrong.
   */
  private lessonSites(): Set<string> | undefined {
    if (this.allowedSites !== null) return this.allowedSites;
    const start = this.doc.meta.site === undefined ? undefined : this.sites.site(this.doc.meta.site);
    this.allowedSites = start
      ? new Set([
          start.id,
          ...this.sites.sites
            .filter((site) => site.derivedTargets && Object.keys(site.derivedTargets([start])).length > 0)
            .map((site) => site.id),
          // A site without a tab whose pages the start site shows in its own tab (FranceConnect).
          ...this.sites.sites.filter((site) => site.tab === false && showsPagesOf(start, site)).map((site) => site.id),
        ])
      : undefined;
    return this.allowedSites;
  }

  /** Reports a target of a practice site the lesson does not open. */
  private checkTargetSite(target: string, place: Place) {
    const allowed = this.lessonSites();
    const site = siteOf(target);
    if (!allowed || allowed.has(site) || !this.sites.site(site)) return;
    fail(
      this.file,
      `\`${target}\` belongs to the \`${site}\` practice site, which this lesson does not open: use a target of ${listOf([...allowed])} (its \`site\`, and the sites that show what it sends), or \`browser.back\`.`,
      place,
      'site-target',
    );
  }

  private checkPersonaField(field: string, place: Place) {
    const value = this.persona ? personaField(this.persona, field) : undefined;
    if (this.persona && value !== null && typeof value === 'object') {
      const inner = Object.keys(value);
      return fail(
        this.file,
        `Persona \`${this.persona.id}\`'s field \`${field}\` is a group (${listOf(inner)}), not one value: name one of its fields, e.g. \`${field}.${inner[0] ?? '…'}\`.`,
        place,
        'persona-field',
      );
    }
    if (!this.persona || value !== undefined) return;
    fail(
      this.file,
      `Persona \`${this.persona.id}\` has no field \`${field}\`.${didYouMean(field, fieldPaths(this.persona))} Add it to content/personas/${this.persona.id}.yaml or fix the name.`,
      place,
      'persona-field',
    );
  }

  checkNodes() {
    const ids = new Set(this.doc.nodes.map(stateName));
    for (const node of this.doc.nodes) {
      if (node.kind === 'step') this.checkStep(node);
      if (node.kind !== 'branch') continue;
      this.checkBranchOn(
        node.on,
        node.attributes.on ?? node.node,
        node.cases.filter((c) => c.value !== undefined),
        node,
      );
      for (const c of node.cases) {
        if (!ids.has(c.goto) || c.goto.startsWith('branch-')) {
          fail(
            this.file,
            `\`goto="${c.goto}"\` names no step or question.${didYouMean(c.goto, ids)} Use the id of a step or question of this lesson.`,
            c.node,
            'unknown-goto',
          );
        }
      }
    }
  }

  /** Reports an incident no site declares, or one of a site the lesson does not open. */
  private checkIncident(incident: string, place: Place) {
    const known = Object.keys(this.sites.incidents);
    const allowed = this.lessonSites();
    if (!Object.hasOwn(this.sites.incidents, incident)) {
      const here = known.filter((id) => !allowed || allowed.has(id.slice(0, id.indexOf('.'))));
      fail(
        this.file,
        `Unknown incident \`${incident}\`.${didYouMean(incident, known)} ${here.length > 0 ? `Use \`<site>.<incident>\` as a site declares it in its \`incidents\`: ${listOf(here)}.` : 'The practice sites this lesson opens declare no incidents.'}`,
        place,
        'unknown-incident',
      );
      return;
    }
    const site = incident.slice(0, incident.indexOf('.'));
    if (allowed && !allowed.has(site)) {
      fail(
        this.file,
        `Incident \`${incident}\` belongs to the \`${site}\` practice site, which this lesson does not open: use an incident of ${listOf([...allowed])}.`,
        place,
        'unknown-incident',
      );
    }
  }

  /** Reports a file the persona's practice computer does not have (an upload's value). */
  private checkFile(name: string, place: Place) {
    if (!this.persona || this.files.includes(name)) return;
    fail(
      this.file,
      this.files.length === 0
        ? `Persona \`${this.persona.id}\` has no practice files: add \`documents:\` to content/personas/${this.persona.id}.yaml with \`${name}\`.`
        : `Persona \`${this.persona.id}\` has no file \`${name}\`.${didYouMean(name, this.files)} Its files (\`documents:\`) are ${listOf(this.files)}.`,
      place,
      'unknown-file',
    );
  }

  /**
   * Checks a step's `also`: each a known target of a site the lesson opens, taking the step's
   * action, other than its `target` and given once.
   */
  private checkAlso({ data, attributes }: DocStep) {
    if (data.also === undefined) return;
    if (data.also.length === 0)
      fail(
        this.file,
        `\`also\` is empty: give the other targets that lead to the same place, separated by spaces, or remove it.`,
        attributes.also,
        'invalid-attribute',
      );
    const seen = new Set<string>([data.target]);
    for (const other of data.also) {
      if (seen.has(other)) {
        fail(
          this.file,
          other === data.target
            ? `\`also\` repeats the step's own target \`${other}\`: list only the other routes.`
            : `\`also\` gives \`${other}\` twice: list each route once.`,
          attributes.also,
          'invalid-attribute',
        );
        continue;
      }
      seen.add(other);
      const spec = this.checkTarget(other, attributes.also);
      if (!spec) continue;
      this.checkTargetSite(other, attributes.also);
      if (!spec.actions.includes(data.action))
        fail(
          this.file,
          `\`${other}\` (${spec.label}) in \`also\` does not take \`${data.action}\`: every route of a step takes the step's action.`,
          attributes.also,
          'target-action',
        );
    }
  }

  private checkStep(step: DocStep) {
    const { data, attributes } = step;
    this.checkSkill(data.skill, attributes.skill, true);
    if (data.incident !== undefined) this.checkIncident(data.incident, attributes.incident);
    const spec = this.checkTarget(data.target, attributes.target);
    if (spec) {
      this.checkTargetSite(data.target, attributes.target);
      // The engine needs no registry: the step carries what it needs of its target.
      data.targetLabel = spec.label;
      if (spec.options) data.options = spec.options;
      if (!spec.actions.includes(data.action)) {
        fail(
          this.file,
          `\`${data.target}\` (${spec.label}) does not take \`${data.action}\`: use \`action="${spec.actions[0]}"\`.`,
          attributes.action,
          'target-action',
        );
      }
    }
    this.checkAlso(step);
    data.mistakes.forEach((mistake, index) => {
      if (this.checkTarget(mistake.on, step.mistakeNodes[index]))
        this.checkTargetSite(mistake.on, step.mistakeNodes[index]);
      // A file sent by mistake (« photo-floue.jpg »): the persona must have it.
      if (data.action === 'upload' && mistake.on === data.target && mistake.value !== undefined)
        this.checkFile(mistake.value, step.mistakeNodes[index]);
    });
    if (data.expect === undefined) {
      if (data.action === 'fill' || data.action === 'choose' || data.action === 'upload') {
        fail(
          this.file,
          data.action === 'upload'
            ? `Step \`${data.id}\` (\`upload\`) needs \`expect\`: the file to send, e.g. expect="equals:${this.files[0] ?? 'bulletin-novembre-2026.pdf'}".`
            : `Step \`${data.id}\` (\`${data.action}\`) needs \`expect\`: e.g. expect="persona:nir13", "equals:…", "matches:…" or "rule:…".`,
          step.node.position?.start,
          'missing-attribute',
        );
      }
      return;
    }
    let expect;
    try {
      expect = parseExpect(data.expect);
    } catch (error) {
      const ruleId = error instanceof ValuePatternError ? 'value-pattern' : 'invalid-expect';
      fail(this.file, `${(error as Error).message}.`, attributes.expect, ruleId);
      return;
    }
    if (expect.kind === 'persona') this.checkPersonaField(expect.field, attributes.expect);
    if (data.action === 'upload' && expect.kind === 'equals') this.checkFile(expect.text, attributes.expect);
    if (data.action === 'upload' && expect.kind === 'rule') {
      fail(
        this.file,
        `Step \`${data.id}\` sends a file: its \`expect\` is the file's name, \`equals:<file>\` or \`matches:<pattern>\`, not a rule.`,
        attributes.expect,
        'invalid-expect',
      );
    }
    const options = this.sites.targets[data.target]?.options;
    if (expect.kind === 'equals' && options && !options.includes(expect.text)) {
      fail(
        this.file,
        `\`${data.target}\` has no option \`${expect.text}\`.${didYouMean(expect.text, options)} Its options are ${listOf(options)}.`,
        attributes.expect,
        'invalid-expect',
      );
    }
    if (expect.kind === 'matches') {
      if (data.value === undefined)
        fail(
          this.file,
          `Step \`${data.id}\` uses \`matches:\`: add value="…", an example the demonstration types.`,
          attributes.expect,
          'missing-attribute',
        );
      else if (!expect.pattern.test(data.value))
        fail(
          this.file,
          `value="${data.value}" does not match \`${data.expect}\`: give an example that matches.`,
          attributes.value,
          'invalid-attribute',
        );
    }
    if (data.value === undefined && this.persona && (expect.kind === 'persona' || expect.kind === 'equals')) {
      const value = demoValue(expect, this.persona, createWorld(0));
      if (value !== undefined) data.value = value;
    }
  }

  private checkBranchOn(on: string, place: Place, cases: { value?: string; node: Place }[], branch?: DocBranch) {
    const [source, ...rest] = on.split('.');
    const key = rest.join('.');
    if (!key || (source !== 'persona' && source !== 'answer' && source !== 'site')) {
      fail(
        this.file,
        `\`on="${on}"\` must be \`persona.<field>\`, \`answer.<question-id>\` or \`site.<target>\`.`,
        place,
        'invalid-attribute',
      );
      return;
    }
    let values: readonly string[] | undefined;
    if (source === 'persona') this.checkPersonaField(key, place);
    if (source === 'answer') {
      const question = this.doc.nodes.find((n) => n.kind === 'question' && n.data.id === key);
      if (!question || question.kind !== 'question') {
        const questions = this.doc.nodes.filter((n) => n.kind === 'question').map(stateName);
        return fail(
          this.file,
          `\`on="${on}"\` names no question.${didYouMean(key, questions)} Use the id of a \`<Question>\` of this lesson.`,
          place,
          'unknown-goto',
        );
      }
      values = question.data.answers.map((a) => a.value);
      const missing = values.filter((value) => !cases.some((c) => c.value === value));
      if (branch && !branch.fallthrough && !branch.cases.some((c) => c.value === undefined) && missing.length > 0)
        fail(
          this.file,
          `This \`<Branch>\` has no \`<Case>\` for the answer ${listOf(missing)}: add a \`<Case value="…" goto="…" />\` for each answer, an \`<Otherwise goto="…" />\`, or write \`<Branch on="${on}" fallthrough>\` if these answers go on with the next element.`,
          branch.node,
          'branch-fallthrough',
        );
    }
    if (source === 'site') {
      const spec = this.checkTarget(key, place);
      if (spec) this.checkTargetSite(key, place);
      values = spec?.options;
    }
    if (!values) return;
    for (const c of cases) {
      if (c.value !== undefined && !values.includes(c.value)) {
        fail(
          this.file,
          `\`value="${c.value}"\` can never happen on \`${on}\`.${didYouMean(c.value, values)} Possible values: ${listOf(values)}.`,
          c.node,
          'branch-value',
        );
      }
    }
  }

  checkGraph() {
    const nodes = this.doc.nodes;
    const names = new Set(nodes.map(stateName));
    if (nodes.some((n) => n.kind === 'branch' && n.cases.some((c) => !names.has(c.goto)))) return; // reported as unknown-goto
    const reached = reachable(nodes);
    const ending = canReachEnd(nodes);
    for (const node of nodes) {
      const name = stateName(node);
      if (!reached.has(name) && node.kind !== 'branch') {
        fail(
          this.file,
          `\`${name}\` can never be reached: a branch before it always jumps over it. Add a \`<Case goto="${name}">\`, or remove the step.`,
          node.node,
          'unreachable-step',
        );
      }
    }
    // A trap: reachable, but no way to the end. Blame the branches that loop back.
    const traps = nodes.filter((n) => n.kind === 'branch' && reached.has(n.name) && !ending.has(n.name));
    for (const trap of traps) {
      if (trap.kind !== 'branch') continue;
      const back = trap.cases.map((c) => c.goto);
      fail(
        this.file,
        `This \`<Branch>\` only leads back to ${listOf([...new Set(back)])}: the lesson can never reach its end. Make one of its \`goto\`s go forward.`,
        trap.node,
        'no-end',
      );
    }
  }

  /**
   * The sites the lesson shows: its start site, the sites its steps and mistakes point at, and
   * the sites that depend on those (the mailbox, when one of them sends messages).
   */
  private usedSites(): string[] {
    const used = new Set<string>(this.doc.meta.site && this.sites.site(this.doc.meta.site) ? [this.doc.meta.site] : []);
    for (const node of this.doc.nodes) {
      if (node.kind !== 'step') continue;
      for (const target of [node.data.target, ...node.data.mistakes.map((m) => m.on)]) {
        // A site the lesson does not open is reported as `site-target`, not as missing persona fields.
        const site = siteOf(target);
        if (this.sites.site(site) && this.lessonSites()?.has(site) !== false) used.add(site);
      }
    }
    const specs = this.sites.sites.filter((site) => used.has(site.id));
    for (const site of this.sites.sites) {
      if (site.derivedTargets && Object.keys(site.derivedTargets(specs)).length > 0) used.add(site.id);
    }
    this.doc.sites = this.sites.sites.map((site) => site.id).filter((id) => used.has(id) && id !== this.doc.meta.site);
    if (this.doc.meta.site && used.has(this.doc.meta.site)) this.doc.sites.unshift(this.doc.meta.site);
    return this.doc.sites;
  }

  /**
   * The persona's papers exist, and it has every field each site the lesson uses reads (its
   * `site`, and the sites its steps target).
   */
  checkPersonaForSites() {
    if (!this.persona) return;
    const papers = Array.isArray(this.persona.papiers) ? (this.persona.papiers as unknown[]).map(String) : [];
    for (const kind of papers.filter((k) => !Object.hasOwn(this.sites.papers, k))) {
      const known = Object.keys(this.sites.papers);
      fail(
        this.file,
        `Persona \`${this.persona.id}\` lists the paper \`${kind}\`, which no practice site makes.${didYouMean(kind, known)} Use ${listOf(known)} in content/personas/${this.persona.id}.yaml.`,
        this.frontmatterField('persona'),
        'persona-field',
      );
    }
    const used = this.usedSites();
    for (const id of used) {
      const schema = this.sites.site(id)?.persona;
      const result = schema ? z.safeParse(schema, this.persona) : undefined;
      for (const issue of result?.error?.issues ?? []) {
        const field = issue.path.join('.');
        fail(
          this.file,
          `Persona \`${this.persona.id}\` needs \`${field}\` for the ${id} practice site (${issue.message}): add it to content/personas/${this.persona.id}.yaml.`,
          this.frontmatterField('persona'),
          'persona-field',
        );
      }
    }
  }

  checkTerms() {
    if (this.doc.terms.length === 0) return;
    const glossary = this.options.store.glossary(this.options.locale);
    const entries = glossary.data ?? {};
    for (const term of this.doc.terms) {
      const attribute = term.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = typeof attribute?.value === 'string' ? attribute.value : '';
      if (!Object.hasOwn(entries, id)) {
        fail(
          this.file,
          `Unknown term \`${id}\`.${didYouMean(id, Object.keys(entries))} Add it to content/glossary/${this.options.locale}.yaml.`,
          attribute?.position ?? term.position,
          'unknown-term',
        );
      }
    }
  }
}

/** Whether `host`'s navigation map has places that hold targets of `guest` (its pages shown in `host`'s tab). */
function showsPagesOf(host: SiteSpec, guest: SiteSpec): boolean {
  const places = Object.values(host.navigation?.places ?? {});
  return Object.keys(guest.targets).some((target) => places.some((place) => matchesAny(place.targets, target)));
}
