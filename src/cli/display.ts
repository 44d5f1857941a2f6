// File names as printed in one line of output: a name holding a line break or another control character is
// quoted (as JSON), so that one problem stays one line.

export function display(source: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(source) ? JSON.stringify(source) : source;
}
