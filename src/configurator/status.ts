/**
 * What a `role=status` region says. It is emptied first and given the words a moment later, so a
 * screen reader announces them again when they repeat (a second Copy, say).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class Announcement implements ReactiveController {
  message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(message: string): void {
    this.clear();
    this.timer = setTimeout(() => {
      this.message = message;
      this.host.requestUpdate();
    }, 50);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
