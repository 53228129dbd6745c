package dev.bellwether.devorg.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** The JSON codec all REST surfaces share: Salesforce's number and date formats. */
public final class Json {
  /** Configured once here and never changed afterwards, so sharing it is safe. */
  public static final ObjectMapper MAPPER = build();

  private Json() {}

  private static ObjectMapper build() {
    ObjectMapper m = new ObjectMapper();
    m.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    m.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    SimpleModule dates = new SimpleModule("salesforce-dates");
    dates.addSerializer(java.time.Instant.class, new com.fasterxml.jackson.databind.JsonSerializer<>() {
      @Override
      public void serialize(java.time.Instant v, JsonGenerator g, com.fasterxml.jackson.databind.SerializerProvider p)
          throws java.io.IOException {
        g.writeString(Formats.restDateTime(v));
      }
    });
    dates.addSerializer(java.time.LocalDate.class, ToStringSerializer.instance);
    m.registerModule(dates);
    return m;
  }
}
