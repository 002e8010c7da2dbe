import { v7 } from 'uuid';

/** Keys are UUIDv7: unique across offices without coordination, and ordered by creation time. */
export function newId(): string {
  return v7();
}
