package dev.bellwether.devorg.persist;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.http.Json;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.SchemaListener;
import dev.bellwether.devorg.schema.SystemFields;
import dev.bellwether.devorg.store.StoreListener;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.devorg.store.ValueCoercer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an org in a --data directory: an append-only NDJSON journal of committed record
 * states, run-time schema additions and registered apps. At start the journal is replayed
 * and rewritten compactly, so it holds each record once.
 */
public final class OrgJournal implements StoreListener, SchemaListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OrgJournal.class);
  static final String FILE = "org-journal.ndjson";
  private final Path file;
  private BufferedWriter out;

  private OrgJournal(Path file) {
    this.file = file;
  }

  /** True when the directory already holds an org. */
  public static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(FILE));
  }

  /** Replays a journal into a freshly created org (before any other write). */
  public static void replay(Path dir, Org org) {
    Path file = dir.resolve(FILE);
    ValueCoercer coercer = new ValueCoercer();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      String pending = null;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        if (pending != null) {
          throw new IllegalStateException(file + ": line " + (lineNo - 1) + ": not valid JSON: " + pending);
        }
        JsonNode n;
        try {
          n = Json.MAPPER.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          // Only the last line may be torn (a crash mid-write); decide once we know it is last.
          pending = e.getOriginalMessage();
          continue;
        }
        apply(org, n, coercer, file, lineNo);
      }
      if (pending != null) {
        LOG.warn("{}: ignoring a torn last line ({}): the process stopped while writing it", file, pending);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void apply(Org org, JsonNode n, ValueCoercer coercer, Path file, int lineNo) {
    String kind = n.path("k").asText();
    switch (kind) {
      case "object": {
        if (org.schema().object(n.path("name").asText()).isEmpty()) {
          ObjectDef o = new ObjectDef(n.path("name").asText(), n.path("label").asText(),
              n.path("labelPlural").asText(), n.path("keyPrefix").asText(), n.path("custom").asBoolean());
          SystemFields.addTo(o, n.path("owned").asBoolean(true));
          org.schema().add(o);
        }
        break;
      }
      case "field": {
        ObjectDef o = org.schema().object(n.path("object").asText()).orElseThrow(() ->
            new IllegalStateException(file + ": line " + lineNo + ": field of unknown object " + n.path("object").asText()));
        o.putField(Json.MAPPER.convertValue(n.path("field"), FieldDef.class));
        break;
      }
      case "app":
        org.apps().register(Json.MAPPER.convertValue(n.path("app"), ConnectedApp.class));
        break;
      case "rec":
        restoreRecord(org, n, coercer, file, lineNo);
        break;
      default:
        throw new IllegalStateException(file + ": line " + lineNo + ": unknown entry kind '" + kind + "'");
    }
  }

  private static void restoreRecord(Org org, JsonNode n, ValueCoercer coercer, Path file, int lineNo) {
    String typeName = n.path("type").asText();
    ObjectDef type = org.schema().object(typeName).orElseThrow(() ->
        new IllegalStateException(file + ": line " + lineNo + ": record of unknown object " + typeName));
    Object[] values = new Object[type.fields().size()];
    for (Iterator<Map.Entry<String, JsonNode>> it = n.path("values").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      FieldDef f = type.field(e.getKey()).orElseThrow(() -> new IllegalStateException(
          file + ": line " + lineNo + ": unknown field " + typeName + "." + e.getKey()));
      JsonNode v = e.getValue();
      try {
        values[type.indexOf(f.name())] = coercer.coerce(f, v.isBoolean() ? (Object) v.asBoolean() : v.asText());
      } catch (ValueCoercer.InvalidValue bad) {
        throw new IllegalStateException(file + ": line " + lineNo + ": " + typeName + "." + f.name() + ": " + bad.getMessage());
      }
    }
    Instant deletedAt = n.hasNonNull("deletedAt") ? Instant.parse(n.get("deletedAt").asText()) : null;
    org.store().restore(type, n.path("id").asText(), new StoredRecord.State(values, n.path("deleted").asBoolean(), deletedAt));
  }

  /**
   * Rewrites the journal as a snapshot of the org as it is now and keeps appending to it.
   * Call once at start, after replay, manifests and seeding.
   */
  public static OrgJournal openCompacted(Path dir, Org org) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(FILE);
      Path tmp = dir.resolve(FILE + ".tmp");
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (ObjectDef o : org.schema().objects()) {
          if (o.custom()) {
            line(w, JournalLine.object(o));
          }
          for (FieldDef f : o.fields()) {
            if (f.custom() || o.custom()) {
              line(w, JournalLine.field(o, f));
            }
          }
        }
        for (ConnectedApp a : org.apps().all()) {
          line(w, JournalLine.app(a));
        }
        List<StoredRecord> all = new java.util.ArrayList<>(org.store().all());
        all.sort(java.util.Comparator.comparing(StoredRecord::id));
        for (StoredRecord r : all) {
          line(w, JournalLine.record(r));
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      OrgJournal j = new OrgJournal(file);
      j.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      org.store().addListener(j);
      org.schema().addListener(j);
      org.apps().addListener(app -> j.append(List.of(JournalLine.app(app))));
      return j;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the org journal in " + dir, e);
    }
  }

  @Override
  public void committed(List<StoredRecord> changed) {
    List<String> lines = new java.util.ArrayList<>(changed.size());
    for (StoredRecord r : changed) {
      lines.add(JournalLine.record(r));
    }
    append(lines);
  }

  @Override
  public void objectAdded(ObjectDef object) {
    if (object.custom()) {
      List<String> lines = new java.util.ArrayList<>();
      lines.add(JournalLine.object(object));
      object.fields().forEach(f -> lines.add(JournalLine.field(object, f)));
      append(lines);
    }
  }

  @Override
  public void fieldPut(ObjectDef object, FieldDef field) {
    if (field.custom() || object.custom()) {
      append(List.of(JournalLine.field(object, field)));
    }
  }

  private synchronized void append(List<String> lines) {
    try {
      for (String l : lines) {
        line(out, l);
      }
      out.flush();
    } catch (IOException e) {
      // A journal that silently stops would lose data on the next restart: fail the write loudly.
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  private static void line(BufferedWriter w, String text) throws IOException {
    w.write(text);
    w.write('\n');
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      LOG.warn("closing {}: {}", file, e.getMessage());
    }
  }
}
