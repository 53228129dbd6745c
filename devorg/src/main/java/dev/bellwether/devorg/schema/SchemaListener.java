package dev.bellwether.devorg.schema;

/** Told when the schema grows at run time (a deploy adds an object or a field). */
public interface SchemaListener {
  void objectAdded(ObjectDef object);

  void fieldPut(ObjectDef object, FieldDef field);
}
