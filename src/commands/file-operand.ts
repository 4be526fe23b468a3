// The parser of every command's file argument (commander calls it as it reads the command line),
// so that a rule for what names a file is made once, before any command reads or writes.
import { EMPTY_NAME } from '../io/expand-operands.js';
import { UsageError } from '../terminal/errors.js';

/**
 * The file argument as given, or a usage error (exit 2) for an empty one: read as a path, "" was
 * "cannot read : no such file or folder". validate, which takes many, reports it among them.
 */
export function fileOperand(operand: string): string {
  if (operand === '') throw new UsageError(EMPTY_NAME);
  return operand;
}
