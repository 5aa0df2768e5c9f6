package cn.gfshare.instruments.common.problem;

import cn.gfshare.instruments.common.TimeBounds;
import cn.gfshare.instruments.common.json.OutOfRangeTimeException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Unreadable request bodies as problem+json that say, in the client's terms, what was wrong and
 * where. Jackson's messages name Java types ({@code java.lang.Long}) and quarkus-rest answers some
 * of these exceptions with an empty 400; every Jackson exception class a body can raise is listed,
 * because mappers for a more specific class win over one for a superclass.
 */
public class JsonProblemMapper {

  /** Ahead of quarkus-resteasy-problem's own mappers, which it registers at priority 999. */
  static final int PRIORITY = 900;

  @ServerExceptionMapper(
      value = {
        JsonProcessingException.class,
        StreamReadException.class,
        JsonParseException.class,
        JsonEOFException.class,
        StreamConstraintsException.class,
        InputCoercionException.class,
        JsonMappingException.class,
        DatabindException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        InvalidNullException.class,
        InvalidTypeIdException.class,
        PropertyBindingException.class,
        UnrecognizedPropertyException.class,
        ValueInstantiationException.class,
        OutOfRangeTimeException.class
      },
      priority = PRIORITY)
  public Response unreadable(JsonProcessingException e, UriInfo uriInfo) {
    return render(problemFor(e), e, uriInfo);
  }

  private static Response render(HttpProblem problem, Throwable e, UriInfo uriInfo) {
    return ExceptionMapperBase.postProcessorsRegistry
        .applyPostProcessing(problem, ProblemContext.of(e, uriInfo))
        .toResponse();
  }

  /** The problem a body that Jackson could not read deserves (also used for optional bodies). */
  public static HttpProblem problemFor(JsonProcessingException e) {
    if (e instanceof ValueInstantiationException v && v.getCause() instanceof HttpProblem p) {
      // a value object refused its arguments (start after end …): that rule's own problem
      return p;
    }
    if (e instanceof OutOfRangeTimeException r) {
      String field = path(r);
      return InvalidFieldsProblem.of(
          "time-range",
          FieldViolation.body(field.isEmpty() ? "body" : field, TimeBounds.RANGE_TEXT));
    }
    String field = e instanceof JsonMappingException m ? path(m) : "";
    String message = message(e);
    HttpProblem.Builder b =
        HttpProblem.builder()
            .withType(URI.create(DomainProblem.TYPE_BASE + "unreadable-body"))
            .withTitle("Bad request")
            .withStatus(400)
            .withDetail(field.isEmpty() ? message : field + ": " + message);
    if (!field.isEmpty()) {
      b.with("violations", List.of(FieldViolation.body(field, message)));
    }
    return b.build();
  }

  private static String message(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return "the JSON document is nested too deeply or too large";
    }
    String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (raw.startsWith("Duplicate field")) {
      return "a key appears twice in one JSON object (" + quoted(raw) + ")";
    }
    if (raw.startsWith("Trailing token")) {
      return "unexpected content after the end of the JSON document";
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field " + u.getPropertyName();
    }
    if (e instanceof InvalidNullException) {
      return "must not be null";
    }
    if (e instanceof MismatchedInputException m) {
      if (m.getTargetType() == null) {
        return "the body is not valid JSON for this operation";
      }
      return "must be " + expected(m.getTargetType());
    }
    if (e instanceof ValueInstantiationException) {
      return "the value is not acceptable";
    }
    if (e instanceof JsonMappingException) {
      return "the body is not valid JSON for this operation";
    }
    JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1
        ? "the body is not well-formed JSON"
        : "the body is not well-formed JSON (line "
            + at.getLineNr()
            + ", column "
            + at.getColumnNr()
            + ")";
  }

  /** The JSON path of the failing value, e.g. {@code days[2].start}. */
  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String quoted(String raw) {
    int a = raw.indexOf('\'');
    int b = raw.indexOf('\'', a + 1);
    return a >= 0 && b > a ? "\"" + raw.substring(a + 1, b) + "\"" : "duplicate key";
  }

  static String expected(Class<?> t) {
    if (t == Boolean.class || t == boolean.class) {
      return "true or false";
    }
    if (t == Integer.class
        || t == int.class
        || t == Long.class
        || t == long.class
        || t == Short.class
        || t == short.class
        || t == Byte.class
        || t == byte.class
        || t == BigInteger.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(t)
        || t == double.class
        || t == float.class
        || t == BigDecimal.class) {
      return "a number";
    }
    if (CharSequence.class.isAssignableFrom(t) || t == char.class || t == Character.class) {
      return "a string";
    }
    if (t.isEnum()) {
      return "one of "
          + Arrays.stream(t.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
    }
    if (t == OffsetDateTime.class || t == Instant.class || t == ZonedDateTime.class) {
      return "an ISO-8601 date-time with offset, e.g. 2026-03-02T09:00:00+08:00";
    }
    if (t == LocalDate.class) {
      return "an ISO-8601 date, e.g. 2026-03-02";
    }
    if (t == LocalTime.class) {
      return "a time of day, e.g. 09:00";
    }
    if (t.isArray() || Collection.class.isAssignableFrom(t)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(t)) {
      return "an object";
    }
    return "an object";
  }
}
