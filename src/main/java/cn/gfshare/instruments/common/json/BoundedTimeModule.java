package cn.gfshare.instruments.common.json;

import cn.gfshare.instruments.common.TimeBounds;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Dates and date-times in request bodies: ISO-8601 strings only (jackson-datatype-jsr310 would read
 * a number as epoch days or seconds, so {@code 20260302} became the year 57443), and within {@link
 * TimeBounds}.
 */
public class BoundedTimeModule extends SimpleModule {

  public BoundedTimeModule() {
    super("gf-bounded-time");
    addDeserializer(
        OffsetDateTime.class,
        new Bounded<>(
            OffsetDateTime.class, OffsetDateTime::parse, t -> TimeBounds.contains(t.toInstant())));
    addDeserializer(
        Instant.class,
        new Bounded<>(
            Instant.class, s -> OffsetDateTime.parse(s).toInstant(), TimeBounds::contains));
    addDeserializer(
        LocalDate.class, new Bounded<>(LocalDate.class, LocalDate::parse, TimeBounds::contains));
  }

  private static final class Bounded<T> extends StdScalarDeserializer<T> {
    private final transient Function<String, T> parse;
    private final transient Predicate<T> inRange;

    Bounded(Class<T> type, Function<String, T> parse, Predicate<T> inRange) {
      super(type);
      this.parse = parse;
      this.inRange = inRange;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getText().trim();
      T value;
      try {
        value = parse.apply(text);
      } catch (DateTimeParseException e) {
        throw InvalidFormatException.from(p, "not an ISO-8601 value", text, handledType());
      }
      if (!inRange.test(value)) {
        throw new OutOfRangeTimeException(p, text, handledType());
      }
      return value;
    }
  }
}
