export { CANCEL_VERB, SUBMIT_VERB, formInput, reportFormCard, type ReportFormOptions } from './form';
export { NOTE_INPUT_MAX, managerCaseCard, readOnlyCaseCard, type CaseCard, type CaseCardOptions } from './manager';
export { REFRESH_VERB } from './case-view';
export { reportCancelledCard, reportConfirmationCard, reportErrorCard, reporterUpdateCard, type ConfirmationOptions } from './reporter';
export { MAX_REFRESH_USERS, plain, type Refresh } from './plain';
