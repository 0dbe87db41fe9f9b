import type { TLogInteractionActions } from '@/components/interactions/log-interaction-form';
import { logInteractionAction, organizationChoicesAction } from './interactions';
import { searchPeopleAction } from './person-search';

/** What the shared "log an interaction" form is handed by the pages that show it. */
export const logInteractionActions: TLogInteractionActions = {
  log: logInteractionAction,
  organizationChoices: organizationChoicesAction,
  searchPeople: searchPeopleAction,
};
