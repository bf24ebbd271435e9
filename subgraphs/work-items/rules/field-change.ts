/**
 * One changed field. Values are what HistoryEntry shows, as text (IDs as global IDs, enums by name,
 * lists comma-separated), except `state`, stored as `{ id, name }` so time-in-state survives renames
 * and deleted states.
 */
export interface FieldChange {
  field: string;
  oldValue: string | StateValue | null;
  newValue: string | StateValue | null;
}

export interface StateValue {
  id: string;
  name: string;
}
