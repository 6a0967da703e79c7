// What a call that must fail with a PipelineError said: its messages, for tests to compare word for word.
import { PipelineError } from '../../pipeline/lib/messages.ts';

export function messagesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error.messages;
    throw error;
  }
  throw new Error('expected a PipelineError');
}
