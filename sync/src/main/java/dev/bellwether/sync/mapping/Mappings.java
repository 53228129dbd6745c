package dev.bellwether.sync.mapping;

import java.util.List;
import java.util.Optional;

/**
 * Every object mapping, in sync order (parents before children, so lookups resolve).
 *
 * @param objects the object mappings
 */
public record Mappings(List<ObjectMapping> objects) {

  public Mappings {
    objects = List.copyOf(objects);
  }

  public Optional<ObjectMapping> object(String name) {
    return objects.stream().filter(o -> o.object().equalsIgnoreCase(name)).findFirst();
  }
}
