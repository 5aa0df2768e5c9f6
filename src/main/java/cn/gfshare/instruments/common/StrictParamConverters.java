package cn.gfshare.instruments.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Numbers and booleans in paths, query strings and headers, parsed one way everywhere. JAX-RS would
 * use {@code Long.valueOf}, which reads Arabic-Indic and other Unicode digits ({@code
 * /instruments/١} was instrument 1), and answer a malformed query parameter with 404; here a path
 * segment that is not an ASCII number names nothing (404) and a malformed query parameter or header
 * is a 422 naming it.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
    Function<String, Object> parse;
    String expected;
    if (raw == Long.class || raw == long.class) {
      parse = s -> QueryParams.asciiLong(s);
      expected = "must be an integer";
    } else if (raw == Integer.class || raw == int.class) {
      parse = s -> QueryParams.asciiInt(s);
      expected = "must be an integer";
    } else if (raw == Boolean.class || raw == boolean.class) {
      parse = s -> QueryParams.strictBool(s);
      expected = "must be true or false";
    } else {
      return null;
    }
    Source source = Source.of(annotations);
    return (ParamConverter<T>) new Strict(parse, source, expected);
  }

  private record Source(String in, String name) {
    static Source of(Annotation[] annotations) {
      for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
        if (a instanceof PathParam p) {
          return new Source("path", p.value());
        }
        if (a instanceof QueryParam q) {
          return new Source("query", q.value());
        }
        if (a instanceof HeaderParam h) {
          return new Source("header", h.value());
        }
      }
      return new Source("query", "parameter");
    }
  }

  private record Strict(Function<String, Object> parse, Source source, String expected)
      implements ParamConverter<Object> {

    @Override
    public Object fromString(String value) {
      if (value == null) {
        return null;
      }
      Object parsed = parse.apply(value);
      if (parsed != null) {
        return parsed;
      }
      // a WebApplicationException is answered as it is; anything else would become a 404
      if ("path".equals(source.in)) {
        throw new NotFoundException();
      }
      throw new InvalidParameterException(source.in, source.name, expected);
    }

    @Override
    public String toString(Object value) {
      return String.valueOf(value);
    }
  }

  /** A malformed query parameter or header; rendered by {@link InvalidParameterMapper}. */
  public static class InvalidParameterException extends WebApplicationException {
    public final String in;
    public final String name;
    public final String expected;

    InvalidParameterException(String in, String name, String expected) {
      super(name + " " + expected, 422);
      this.in = in;
      this.name = name;
      this.expected = expected;
    }
  }
}
