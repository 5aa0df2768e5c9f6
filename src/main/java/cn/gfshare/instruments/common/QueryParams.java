package cn.gfshare.instruments.common;

import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Parses query parameters into typed values and answers 422 naming the parameter when one is
 * malformed (JAX-RS would answer 404 for a bad number and read "yes" as false for a boolean).
 */
public final class QueryParams {

  private QueryParams() {}

  public static Integer integer(String name, String raw) {
    if (blank(raw)) {
      return null;
    }
    try {
      return Integer.valueOf(raw.trim());
    } catch (NumberFormatException e) {
      throw invalid(name, "must be an integer");
    }
  }

  public static Long id(String name, String raw) {
    if (blank(raw)) {
      return null;
    }
    try {
      long v = Long.parseLong(raw.trim());
      if (v < 1) {
        throw invalid(name, "must be a positive id");
      }
      return v;
    } catch (NumberFormatException e) {
      throw invalid(name, "must be a positive id");
    }
  }

  public static Boolean bool(String name, String raw) {
    if (blank(raw)) {
      return null;
    }
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw invalid(name, "must be true or false");
    };
  }

  public static BigDecimal decimal(String name, String raw) {
    if (blank(raw)) {
      return null;
    }
    try {
      return new BigDecimal(raw.trim());
    } catch (NumberFormatException e) {
      throw invalid(name, "must be a decimal number");
    }
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
