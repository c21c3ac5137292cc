/**
 * What the opening hours' file, `hours.js` (hours.lazy.ts), gives the card: the card and the file
 * both import this, and neither imports the other.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Feature} from '../features/load.js';
import type {Schedule} from '../lib/opening-hours.js';
import type {HelplineConfig, HoursReader} from './helpline-card.config.js';

/** What a channel shows under its link; `status` is the id of the status line, if there is one. */
export interface ChannelView {
  status?: string;
  content: unknown;
}

export interface HoursFeature extends Feature {
  /** Reads `phone-hours`, `chat-hours` and `time-zone` (hours.config.ts), for parseHelplineConfig. */
  readHours: HoursReader;
  /** A channel's status at the instant `now` and its week, in the language msg() answers in. */
  channelView(
    channel: string,
    schedule: Schedule,
    label: string,
    config: {timeZone?: string; stale: boolean},
    now: number,
  ): ChannelView;
  /** Keeps a card's hours current and styled: a controller of the card. */
  clock(card: ReactiveControllerHost & Element, config: () => HelplineConfig): ReactiveController;
}
