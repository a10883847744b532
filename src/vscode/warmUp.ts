/**
 * Warms up the incremental analyser once the extension has started (see src/core/warmUp):
 * without it, the first keystrokes in a long text run code the engine has not compiled
 * yet, and take several times as long as later ones. One update of a made-up text per
 * turn of the event loop, after activation has settled, so the editor stays responsive.
 */
import type * as vscode from 'vscode';
import { warmUpSteps } from '../core';
import type { Services } from './services';

/** Activation and the first analyses of the open texts go first. */
const START_DELAY_MS = 500;

export interface WarmUpResult {
  /** Updates made (the first analysed the whole made-up text), and the time they took together. */
  updates: number;
  ms: number;
}

/** Starts the warm-up; the promise resolves when it has finished (null when it stopped early). */
export function registerWarmUp(context: vscode.ExtensionContext, { log }: Services): Promise<WarmUpResult | null> {
  return new Promise((resolve) => {
    const steps = warmUpSteps();
    let busyMs = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const started = performance.now();
      try {
        const next = steps.next();
        busyMs += performance.now() - started;
        if (next.done) {
          log.info(`Incremental analyser warmed up: ${next.value} updates of a made-up text in ${busyMs.toFixed(0)} ms`);
          resolve({ updates: next.value, ms: busyMs });
          return;
        }
      } catch (error) {
        // Only the first keystrokes are slower without it: say so and go on.
        log.warn(`Warm-up of the incremental analyser stopped: ${error instanceof Error ? error.message : String(error)}`);
        resolve(null);
        return;
      }
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, START_DELAY_MS);
    context.subscriptions.push({
      dispose: () => {
        clearTimeout(timer);
        resolve(null);
      },
    });
  });
}
