import type { Rule } from 'eslint';
import type * as ESTree from 'estree';
import {
  isSyncedTable,
  kyselyWriteMethods,
  syncedWritesInSql,
  writeRuleAllowed,
} from './synced-writes.ts';

/**
 * Přístav's own lint rules (eslint.config.js, README "Architecture"): conventions that keep the
 * database sound, made checks. test/lint/pristav-rules.test.ts shows each one firing.
 */

const relativePath = (filename: string, cwd: string) =>
  filename.replaceAll('\\', '/').slice(cwd.replaceAll('\\', '/').length + 1);

const syncedWritesThroughChanges: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Writes to synced tables only through db/changes (writeRow/runWrite).' },
    schema: [],
  },
  create(context) {
    const file = relativePath(context.filename, context.cwd);
    if (writeRuleAllowed.some((prefix) => file.startsWith(prefix))) return {};
    const check = (node: ESTree.Node, text: string) => {
      for (const hit of syncedWritesInSql(text)) {
        context.report({
          node,
          message: `${hit}: a synced table is written only through db/changes (writeRow/runWrite), or the write never reaches the other offices.`,
        });
      }
    };
    return {
      Literal(node) {
        if (typeof node.value === 'string') check(node, node.value);
      },
      TemplateLiteral(node) {
        check(node, node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(' '));
      },
      CallExpression(node) {
        const { callee } = node;
        const [table] = node.arguments;
        if (
          callee.type === 'MemberExpression' &&
          callee.property.type === 'Identifier' &&
          kyselyWriteMethods.has(callee.property.name) &&
          table?.type === 'Literal' &&
          typeof table.value === 'string' &&
          isSyncedTable(table.value)
        ) {
          context.report({
            node,
            message: `${table.value} — .${callee.property.name}(): a synced table is written only through db/changes (writeRow/runWrite), or the write never reaches the other offices.`,
          });
        }
      },
    };
  },
};

/**
 * A raw SQL comment names why the query is not typed and the figure that says so, e.g.
 * `// raw SQL: once per imported row; Kysely adds ~4.6 µs a call (bench query-builder)`.
 */
const rawSqlNote = /raw SQL:[^\n]*\d/;

function isRawSqlCall(node: ESTree.CallExpression): boolean {
  const { callee } = node;
  const [first] = node.arguments;
  if (callee.type === 'Identifier') return callee.name === 'prepared';
  if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return false;
  const name = callee.property.name;
  if (name === 'prepare') return true;
  // better-sqlite3's exec() takes SQL text; a RegExp's exec() takes a variable.
  if (name === 'exec') return first?.type === 'Literal' || first?.type === 'TemplateLiteral';
  // Kysely's sql`…`.execute(db): SQL text run as written.
  return (
    name === 'execute' &&
    callee.object.type === 'TaggedTemplateExpression' &&
    callee.object.tag.type === 'Identifier' &&
    callee.object.tag.name === 'sql'
  );
}

const rawSqlNamesItsFigure: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Queries go through Kysely; raw SQL carries a `raw SQL:` comment naming the benchmark figure.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const program = sourceCode.ast;
    const firstStatement = program.body.find((node) => node.type !== 'ImportDeclaration');
    // Once at the top of a file whose queries are all hot: before its first statement.
    const fileNote = sourceCode
      .getAllComments()
      .some(
        (comment) =>
          rawSqlNote.test(comment.value) &&
          (firstStatement === undefined ||
            (comment.range?.[0] ?? 0) < (firstStatement.range?.[0] ?? 0)),
      );
    if (fileNote) return {};
    return {
      CallExpression(node) {
        if (!isRawSqlCall(node)) return;
        // On the statement, or on any enclosing statement or function.
        const noted = sourceCode
          .getAncestors(node)
          .concat(node)
          .some((ancestor) =>
            sourceCode
              .getCommentsBefore(ancestor)
              .some((comment) => rawSqlNote.test(comment.value)),
          );
        if (!noted) {
          context.report({
            node,
            message:
              'Raw SQL: write the query with Kysely (db/query.ts), or say why not in a `raw SQL:` comment naming the figure (npm run bench -- query-builder).',
          });
        }
      },
    };
  },
};

export const pristavRules = {
  rules: {
    'synced-writes-through-changes': syncedWritesThroughChanges,
    'raw-sql-names-its-figure': rawSqlNamesItsFigure,
  },
};
