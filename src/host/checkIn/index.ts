import { CheckIn, CheckInDeps } from './checkIn';

export type { CheckIn } from './checkIn';

/** The legs check-in: the command, the question in the finish notice, and the answers the panel hands over. */
export function registerCheckIn(deps: CheckInDeps): CheckIn {
  return new CheckIn(deps);
}
