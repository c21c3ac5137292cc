/**
 * What an attribute parser found, as data: the configurator files a problem under its
 * `attributes` and judges it by `kind` and `reason`; only people read `message`, so rewording it
 * (or a value quoted in it) changes nothing else.
 */

/** What is wrong, one code each; the configurator has words for editors for every one. */
export type ProblemReason =
  | 'notText'
  | 'link'
  | 'badLink'
  | 'hostWithoutScheme'
  | 'missingLink'
  | 'phone'
  | 'emergency'
  | 'date'
  | 'size'
  | 'language'
  | 'tooManyLanguages'
  | 'headingLevel'
  | 'boolean'
  | 'noContact'
  | 'noName'
  | 'stale'
  | 'futureDate'
  | 'hours'
  | 'hoursWithoutChannel'
  | 'timeZone'
  | 'samePage';

export interface Problem {
  /** The attributes it is about, as written in HTML ("chat-url"); one about several names each. */
  attributes: string[];
  /**
   * `refused`: the value is left out or replaced by a default, or one the element needs is missing.
   * `noted`: the value is valid and used as written, but an editor should look at it.
   */
  kind: 'refused' | 'noted';
  reason: ProblemReason;
  /** One English sentence for the console, starting with the attributes' names. */
  message: string;
}

/** Problems quote at most this many characters of a value: a pasted document must not flood the console. */
export const QUOTED = 60;

/** A value as a problem quotes it: cut to `length` characters, with an ellipsis. */
export const cut = (text: string, length = QUOTED) => (text.length > length ? `${text.slice(0, length)}…` : text);

function problem(kind: Problem['kind']) {
  return (about: string | string[], reason: ProblemReason, detail: string): Problem => {
    const attributes = [about].flat();
    return {attributes, kind, reason, message: `${attributes.join(', ')}: ${detail}`};
  };
}

/** A value the element does not use as given ("chat-url: … is not a valid link, so it is left out."). */
export const refused = problem('refused');
/** A valid value, used as written, that an editor should look at ("name: the service has no name; …"). */
export const noted = problem('noted');
