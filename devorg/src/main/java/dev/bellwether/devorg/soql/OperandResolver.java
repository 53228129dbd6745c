package dev.bellwether.devorg.soql;

/** Turns a parsed operand into something that reads values from rows of type T. */
@FunctionalInterface
interface OperandResolver<T> {
  ValueSource<T> resolve(Ast.Operand operand) throws SoqlException;
}
