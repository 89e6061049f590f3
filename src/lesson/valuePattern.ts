/**
 * `expect="matches:<pattern>"`: a small subset of regular expressions, matched against the whole
 * value by a linear-time automaton (never by the browser's backtracking `RegExp`), so that no
 * pattern can freeze the checker or the learner's page. Shared by the compiler (which rejects
 * what is outside the subset, with the fix) and the engine (which only runs parsed patterns).
 *
 * The subset: characters, `.`, escapes `\d \w \s \D \W \S \t \n \r \uXXXX \xHH` and escaped
 * punctuation, classes `[…]` and `[^…]` with ranges, groups `(…)` and `(?:…)`, alternation `|`,
 * repetitions `? * + {n} {n,} {n,m}` (counts up to `valuePatternLimits.count`), `^` at the start
 * and `$` at the end (the whole value is always matched). A group repeated without an upper bound
 * may not hold a repetition of variable length (`(a+)+`).
 */

/** The bounds a pattern must stay within. */
export const valuePatternLimits = {
  /** Characters in a pattern. */
  length: 200,
  /** The largest count in `{n}`, `{n,}` or `{n,m}`. */
  count: 100,
  /** The automaton's size, once repetitions are unrolled. */
  states: 2000,
  /** Longer values never match (a field never holds that much). */
  value: 1000,
} as const;

/** A pattern outside the subset, or not a regular expression: its message says the fix. */
export class ValuePatternError extends Error {}

/** A parsed pattern: `test` tells whether a whole value matches, in time linear in its length. */
export interface ValuePattern {
  readonly source: string;
  test(value: string): boolean;
}

type Matcher = (codePoint: number) => boolean;

type PatternNode =
  | { kind: 'char'; match: Matcher }
  | { kind: 'seq'; items: PatternNode[] }
  | { kind: 'alt'; options: PatternNode[] }
  | { kind: 'repeat'; node: PatternNode; min: number; max: number; text: string };

const isDigit: Matcher = (c) => c >= 48 && c <= 57;
const isWord: Matcher = (c) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const spaces = new Set([
  9,
  10,
  11,
  12,
  13,
  32,
  0xa0,
  0x1680,
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x3000,
  0xfeff,
  ...Array.from({ length: 11 }, (_, i) => 0x2000 + i),
]);
const isSpace: Matcher = (c) => spaces.has(c);
const isLineEnd: Matcher = (c) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const not =
  (match: Matcher): Matcher =>
  (c) =>
    !match(c);
const classEscapes: Record<string, Matcher> = {
  d: isDigit,
  D: not(isDigit),
  w: isWord,
  W: not(isWord),
  s: isSpace,
  S: not(isSpace),
};
const controlEscapes: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
const syntaxCharacters = '^$\\.*+?()[]{}|/';

/** Reads a pattern into a tree; the input is already a valid `u`-mode regular expression. */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  private refuse(problem: string): never {
    throw new ValuePatternError(`\`expect="matches:${this.source}"\` ${problem}`);
  }

  read(): PatternNode {
    if (this.source.startsWith('^')) this.at = 1;
    const node = this.alternation();
    if (this.at < this.source.length) this.refuse(`cannot use \`${this.source[this.at]}\` here`);
    return node;
  }

  /** The character being read, `''` at the end. */
  private peek(): string {
    return this.source[this.at] ?? '';
  }

  /** The code point being read (surrogate pairs as one). */
  private codePoint(): number {
    return this.source.codePointAt(this.at) ?? 0;
  }

  private alternation(): PatternNode {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at += 1;
      options.push(this.sequence());
    }
    const [first] = options;
    return options.length === 1 && first ? first : { kind: 'alt', options };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    for (let next = this.peek(); next !== '' && next !== '|' && next !== ')'; next = this.peek()) {
      if (next === '$') {
        if (this.at === this.source.length - 1) {
          this.at += 1;
          break;
        }
        this.refuse(
          'uses `$` before its end: `^` and `$` may only start and end the pattern, which always matches the whole value',
        );
      }
      if (next === '^')
        this.refuse(
          'uses `^` after its start: `^` and `$` may only start and end the pattern, which always matches the whole value',
        );
      const start = this.at;
      const atom = this.atom();
      items.push(this.repetition(atom, start));
    }
    const [first] = items;
    return items.length === 1 && first ? first : { kind: 'seq', items };
  }

  private repetition(atom: PatternNode, start: number): PatternNode {
    const next = this.peek();
    let min: number;
    let max: number;
    if (next === '*' || next === '+' || next === '?') {
      [min, max] = next === '*' ? [0, Infinity] : next === '+' ? [1, Infinity] : [0, 1];
      this.at += 1;
    } else if (next === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) return atom; // not reached: the syntax is checked first
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
      const largest = Math.max(min, max === Infinity ? 0 : max);
      if (largest > valuePatternLimits.count)
        this.refuse(
          `repeats ${largest} times in \`${match[0]}\`: counts go up to ${valuePatternLimits.count}, use a smaller count or \`+\``,
        );
      this.at += match[0].length;
    } else {
      return atom;
    }
    if (this.peek() === '?') this.at += 1; // lazy: the same values match
    const text = this.source.slice(start, this.at);
    if (max === Infinity && hasVariableRepeat(atom))
      this.refuse(
        `repeats \`${text}\`, a group that holds a repetition itself, which can make the check very slow: repeat the inside or the group, not both (\`(a+)+\` → \`a+\`)`,
      );
    return { kind: 'repeat', node: atom, min, max, text };
  }

  private atom(): PatternNode {
    const next = this.peek();
    if (next === '(') return this.group();
    if (next === '[') return this.characterClass();
    if (next === '.' || next === '\\') {
      this.at += 1;
      return { kind: 'char', match: next === '.' ? not(isLineEnd) : this.escape(false) };
    }
    const codePoint = this.codePoint();
    this.at += codePoint > 0xffff ? 2 : 1;
    return { kind: 'char', match: (c) => c === codePoint };
  }

  private group(): PatternNode {
    const rest = this.source.slice(this.at);
    const look = /^\(\?<?[=!]/.exec(rest);
    if (look)
      this.refuse(
        `uses \`${look[0]}…)\`, a lookahead or lookbehind, which value patterns do not allow: describe the value with characters, classes and repetitions`,
      );
    if (rest.startsWith('(?<')) this.refuse('uses a named group `(?<name>…)`: write `(…)` instead');
    if (rest.startsWith('(?') && !rest.startsWith('(?:'))
      this.refuse(`uses \`${rest.slice(0, 4)}…\`, which value patterns do not allow: write \`(…)\` instead`);
    this.at += rest.startsWith('(?:') ? 3 : 1;
    const node = this.alternation();
    this.at += 1; // `)`
    return node;
  }

  private characterClass(): PatternNode {
    this.at += 1;
    const negated = this.peek() === '^';
    if (negated) this.at += 1;
    const parts: Matcher[] = [];
    while (this.peek() !== ']' && this.peek() !== '') {
      const from = this.classCharacter();
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && typeof from === 'number') {
        this.at += 1;
        const to = this.classCharacter();
        // A range ends on a character: the syntax is checked first.
        if (typeof to === 'number') parts.push((c) => c >= from && c <= to);
      } else {
        parts.push(typeof from === 'number' ? (c) => c === from : from);
      }
    }
    this.at += 1;
    const any: Matcher = (c) => parts.some((part) => part(c));
    return { kind: 'char', match: negated ? not(any) : any };
  }

  /** One character of a class (a code point), or a class escape (`\d`…). */
  private classCharacter(): number | Matcher {
    if (this.peek() === '\\') {
      this.at += 1;
      if (this.peek() === '-') {
        this.at += 1;
        return 45;
      }
      const escaped = this.peek();
      if (escaped === 'b') {
        this.at += 1;
        return 8;
      }
      return classEscapes[escaped] ? this.escape(true) : this.escapedCodePoint();
    }
    const codePoint = this.codePoint();
    this.at += codePoint > 0xffff ? 2 : 1;
    return codePoint;
  }

  /** After a `\`: a class escape or one character. */
  private escape(inClass: boolean): Matcher {
    const escaped = this.peek();
    const shorthand = classEscapes[escaped];
    if (shorthand) {
      this.at += 1;
      return shorthand;
    }
    if (!inClass && /[bB]/.test(escaped))
      this.refuse(`uses \`\\${escaped}\` (a word boundary): the pattern always matches the whole value, leave it out`);
    const codePoint = this.escapedCodePoint();
    return (c) => c === codePoint;
  }

  /** After a `\`: the code point of `\t`, `\uXXXX`, `\u{…}`, `\xHH`, `\.`…; refuses the rest of the escapes. */
  private escapedCodePoint(): number {
    const rest = this.source.slice(this.at);
    const hex = /^(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(rest);
    if (hex) {
      this.at += hex[0].length;
      return parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '', 16);
    }
    const escaped = rest[0] ?? '';
    this.at += 1;
    if (controlEscapes[escaped] !== undefined) return controlEscapes[escaped];
    if (escaped !== '' && syntaxCharacters.includes(escaped)) return escaped.charCodeAt(0);
    if (/[1-9]|k/.test(escaped))
      this.refuse(
        `uses \`\\${escaped}\`, a backreference, which value patterns do not allow: write the characters again`,
      );
    if (/[pP]/.test(escaped))
      this.refuse(
        `uses \`\\${escaped}{…}\`, a Unicode property, which value patterns do not allow: list the characters in \`[…]\``,
      );
    return this.refuse(
      `uses \`\\${escaped}\`, which value patterns do not allow: write the character itself, or use \`\\d\`, \`\\w\` or \`\\s\``,
    );
  }
}

/** Whether `node` holds a repetition that matches a variable number of times. */
function hasVariableRepeat(node: PatternNode): boolean {
  switch (node.kind) {
    case 'char':
      return false;
    case 'repeat':
      return node.min !== node.max || hasVariableRepeat(node.node);
    case 'seq':
      return node.items.some(hasVariableRepeat);
    case 'alt':
      return node.options.some(hasVariableRepeat);
  }
}

type State = { kind: 'char'; match: Matcher; out: number } | { kind: 'split'; outs: number[] } | { kind: 'match' };

/** Builds the automaton of `root` (Thompson's construction, repetitions unrolled), start state first. */
function automaton(root: PatternNode, source: string): { states: State[]; start: number } {
  const states: State[] = [{ kind: 'match' }];
  const add = (state: State) => {
    if (states.length >= valuePatternLimits.states)
      throw new ValuePatternError(
        `\`expect="matches:${source}"\` is too long once its repetitions are counted: use smaller counts or \`+\``,
      );
    return states.push(state) - 1;
  };
  const build = (node: PatternNode, next: number): number => {
    switch (node.kind) {
      case 'char':
        return add({ kind: 'char', match: node.match, out: next });
      case 'seq':
        return node.items.reduceRight((after, item) => build(item, after), next);
      case 'alt':
        return add({ kind: 'split', outs: node.options.map((option) => build(option, next)) });
      case 'repeat': {
        let start = next;
        if (node.max === Infinity) {
          const loop = add({ kind: 'split', outs: [] });
          (states[loop] as { outs: number[] }).outs = [build(node.node, loop), next];
          start = loop;
        } else {
          for (let i = node.min; i < node.max; i += 1)
            start = add({ kind: 'split', outs: [build(node.node, start), next] });
        }
        for (let i = 0; i < node.min; i += 1) start = build(node.node, start);
        return start;
      }
    }
  };
  return { states, start: build(root, 0) };
}

/** Patterns already parsed: the engine parses a step's `expect` at each event. */
const parsed = new Map<string, ValuePattern>();

/**
 * Parses a `matches:` pattern; throws a `ValuePatternError` whose message says the fix when it is
 * not a regular expression or not in the subset.
 */
export function parseValuePattern(source: string): ValuePattern {
  const known = parsed.get(source);
  if (known) return known;
  if (source.length > valuePatternLimits.length)
    throw new ValuePatternError(
      `\`expect="matches:${source.slice(0, 20)}…"\` is too long: a pattern has at most ${valuePatternLimits.length} characters`,
    );
  try {
    // Only to check the syntax, the browser's way: this RegExp is never run.
    new RegExp(source, 'u');
  } catch (error) {
    throw new ValuePatternError(
      `\`expect="matches:${source}"\` is not a valid regular expression (${(error as Error).message})`,
    );
  }
  const { states, start } = automaton(new PatternReader(source).read(), source);
  const seen = new Int32Array(states.length).fill(-1);
  const pattern: ValuePattern = {
    source,
    test(value: string): boolean {
      const codePoints = Array.from(value, (c) => c.codePointAt(0) ?? 0);
      if (codePoints.length > valuePatternLimits.value) return false;
      let round = 0;
      /** The states reached from `from` without reading a character. */
      const closure = (from: readonly number[]): number[] => {
        const reached: number[] = [];
        const stack = [...from];
        for (let index = stack.pop(); index !== undefined; index = stack.pop()) {
          const state = states[index];
          if (!state || seen[index] === round) continue;
          seen[index] = round;
          if (state.kind === 'split') stack.push(...state.outs);
          else reached.push(index);
        }
        return reached;
      };
      let current = closure([start]);
      for (const codePoint of codePoints) {
        round += 1;
        const next: number[] = [];
        for (const index of current) {
          const state = states[index];
          if (state?.kind === 'char' && state.match(codePoint)) next.push(state.out);
        }
        current = closure(next);
        if (current.length === 0) break;
      }
      seen.fill(-1);
      return current.some((index) => states[index]?.kind === 'match');
    },
  };
  parsed.set(source, pattern);
  return pattern;
}
