import ts from 'typescript';

/** Czech letters with a diacritic: a Czech sentence has them, an English one or a code does not. */
const czechLetters = /[ěščřžýáíéůúňťďĚŠČŘŽÝÁÍÉŮÚŇŤĎ]/;
/** The app's name is a name in every language (a log line may carry it). */
const appName = /Přístav/g;

/**
 * Where a domain file speaks a language (issue 14, point 5): a Czech letter anywhere but in a
 * comment, the `Language` type, or a parameter named `lang`/`language`. Errors carry codes and
 * params; the API words them (db/contract/error-params.ts). Returns `file:line: problem` lines.
 */
export function findLanguageInDomain(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const report = (node: ts.Node, problem: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    problems.push(`${file}:${line + 1}: ${problem}`);
  };
  const visit = (node: ts.Node) => {
    // A leaf's text is its token alone: comments are trivia before it, so they never count.
    const leafText = node.getChildCount(source) === 0 ? node.getText(source) : '';
    if (czechLetters.test(leafText.replace(appName, ''))) {
      report(node, `Czech text ${node.getText(source)}`);
    }
    if (ts.isIdentifier(node) && node.text === 'Language') report(node, 'uses the Language type');
    if (ts.isParameter(node) && /^(lang|language)$/i.test(node.name.getText(source))) {
      report(node, `takes a language parameter ${node.name.getText(source)}`);
    }
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  return problems;
}
