/**
 * What every Bellwether YAML loader needs: the line of each key, problems collected per file and
 * reported together as {@code FILE:LINE: key: message}, and "did you mean" hints.
 */
package dev.bellwether.yamlconfig;
