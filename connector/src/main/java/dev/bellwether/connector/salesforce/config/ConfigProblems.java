package dev.bellwether.connector.salesforce.config;

import dev.bellwether.yamlconfig.KeyLines;
import dev.bellwether.yamlconfig.ProblemList;

/** Problems in one configuration file, thrown together as a {@link ConfigException}. */
final class ConfigProblems extends ProblemList {

  ConfigProblems(String file, KeyLines lines) {
    super(file, lines);
  }

  void throwIfAny() throws ConfigException {
    throwIfAny(ConfigException::new);
  }
}
