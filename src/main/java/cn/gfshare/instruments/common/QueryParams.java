package cn.gfshare.instruments.common;

import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses query parameters into typed values and answers 422 naming the parameter when one is
 * malformed (JAX-RS would answer 404 for a bad number and read "yes" as false for a boolean).
 */
public final class QueryParams {

  private static final Pattern LONG = Pattern.compile("-?[0-9]{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,10})?");

  private QueryParams() {}

  public static Integer integer(String name, String raw) {
    if (blank(raw)) {
      return null;
    }
    Integer v = asciiInt(raw.trim());
    if (v == null) {
      throw invalid(name, "must be an integer");
    }
    return v;
  }

  public static Long id(String name, String raw) {
    if (blank(raw)) {
      return null;
    }
    Long v = asciiLong(raw.trim());
    if (v == null || v < 1) {
      throw invalid(name, "must be a positive id");
    }
    return v;
  }

  public static Boolean bool(String name, String raw) {
    if (blank(raw)) {
      return null;
    }
    Boolean b = strictBool(raw.trim());
    if (b == null) {
      throw invalid(name, "must be true or false");
    }
    return b;
  }

  public static BigDecimal decimal(String name, String raw) {
    if (blank(raw)) {
      return null;
    }
    String s = raw.trim();
    if (!DECIMAL.matcher(s).matches()) {
      throw invalid(name, "must be a decimal number");
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw invalid(name, "must be a decimal number");
    }
  }

  /**
   * A long written in ASCII digits (an optional minus, at most 18 digits), else null. {@code
   * Long.parseLong} also reads "١" or "+1".
   */
  public static Long asciiLong(String s) {
    return s != null && LONG.matcher(s).matches() ? Long.valueOf(s) : null;
  }

  /** An int written in ASCII digits, else null (also when it does not fit an int). */
  public static Integer asciiInt(String s) {
    Long v = asciiLong(s);
    return v != null && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? v.intValue() : null;
  }

  /** "true" or "false" in any case, else null (JAX-RS reads every other word as false). */
  public static Boolean strictBool(String s) {
    if (s == null) {
      return null;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> null;
    };
  }

  public static PageRequest page(String page, String size) {
    return PageRequest.of(integer("page", page), integer("size", size));
  }

  public static String text(String raw) {
    return blank(raw) ? null : raw.trim();
  }

  public static InvalidFieldsProblem invalid(String name, String message) {
    return InvalidFieldsProblem.of("invalid-parameter", FieldViolation.query(name, message));
  }

  private static boolean blank(String raw) {
    return raw == null || raw.isBlank();
  }
}
