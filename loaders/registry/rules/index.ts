import {conflictsAreDecided} from "./conflicts.js";
import {entityCodesMatch} from "./entity-codes.js";
import {factsAreCited} from "./citations.js";
import {intervalsInOrder} from "./interval-order.js";
import {milestonesInOrder} from "./milestone-order.js";
import {referencesExist} from "./references.js";
import {mgaTablesHold} from "./mga.js";
import {plansMatchMilestones} from "./plans.js";
import {casesMatchCommitments} from "./cases.js";
import {datesInRange} from "./date-range.js";
import {eventsNotAfterSources} from "./reported-after.js";
import {countsWithinUniverse} from "./count-universes.js";
import {progressIsRated} from "./progress.js";
import {readingsAreRecorded} from "./readings.js";
import {readerTextHasNoPlumbing} from "./reader-text.js";
import {sourcesCanBeFound} from "./source-addresses.js";
import {themesMatchTheirSource} from "./themes.js";
import type {Rule} from "./types.js";

/** Every rule that spans rows or tables, run after each table has been read on its own. */
export const RULES: readonly Rule[] = [
  referencesExist,
  entityCodesMatch,
  factsAreCited,
  intervalsInOrder,
  milestonesInOrder,
  conflictsAreDecided,
  plansMatchMilestones,
  casesMatchCommitments,
  mgaTablesHold,
  datesInRange,
  eventsNotAfterSources,
  countsWithinUniverse,
  progressIsRated,
  themesMatchTheirSource,
  sourcesCanBeFound,
  readingsAreRecorded,
  readerTextHasNoPlumbing
];
