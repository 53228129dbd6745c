package dev.bellwether.sync.mapping;

import dev.bellwether.yamlconfig.KeyLines;
import dev.bellwether.yamlconfig.ProblemList;

/** Problems in one mappings file, thrown together as a {@link MappingsException}. */
final class MappingProblems extends ProblemList {

  MappingProblems(String file, KeyLines lines) {
    super(file, lines);
  }

  void throwIfAny() throws MappingsException {
    throwIfAny(MappingsException::new);
  }
}
