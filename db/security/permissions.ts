/*
 * The table of who may call what lives in the pure contract (db/contract/permissions.ts), so
 * that the renderer hides exactly what the API refuses. db/ code keeps importing it from here.
 */
export {
  confidentialReaders,
  isAllowed,
  permissions,
  publicMethods,
} from '../contract/permissions.ts';
