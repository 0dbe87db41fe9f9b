// What one import accepts (issue 6): enough for a ward's whole list, small enough for one request.
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;
export const MAX_IMPORT_COLUMNS = 300;
/** An import can be undone this long after it finished, if nobody has touched its people since. */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;
