import { permissionTableMarkdown } from '../db/security/permission-table-markdown.ts';

/** `npm run -s cli:permissions`: the permission table in Markdown, for the README. */
console.log(permissionTableMarkdown());
