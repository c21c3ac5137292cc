import {readHeadingLevel, readText, type Attribute, type HeadingLevel, type Parsed} from '../lib/attributes.js';
import type {Problem} from '../lib/problems.js';

export interface InfoPanelAttributes {
  municipality?: Attribute;
  coordinator?: Attribute;
  heading?: Attribute;
  headingLevel?: Attribute;
}

export interface InfoPanelConfig {
  municipality?: string;
  coordinator?: string;
  /** The editor's heading; undefined means the built-in, translated one. */
  heading?: string;
  headingLevel: HeadingLevel;
}

export function parseInfoPanelConfig(attributes: InfoPanelAttributes): Parsed<InfoPanelConfig> {
  const problems: Problem[] = [];
  const config: InfoPanelConfig = {
    municipality: readText('municipality', attributes.municipality, problems),
    coordinator: readText('coordinator', attributes.coordinator, problems),
    heading: readText('heading', attributes.heading, problems),
    headingLevel: readHeadingLevel(attributes.headingLevel, problems),
  };
  return {config, problems};
}
