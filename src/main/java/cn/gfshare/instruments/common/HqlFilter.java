package cn.gfshare.instruments.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A WHERE clause built from fixed HQL fragments and named parameters. User input only ever travels
 * as a parameter value; {@link #contains} escapes LIKE wildcards with '!' (used as ESCAPE '!').
 */
public final class HqlFilter {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  /** Adds {@code clause} (which uses {@code :name}) when {@code value} is not null. */
  public HqlFilter and(String clause, String name, Object value) {
    if (value != null) {
      clauses.add(clause);
      params.put(name, value);
    }
    return this;
  }

  /** Adds a clause without parameters. */
  public HqlFilter and(String clause) {
    clauses.add(clause);
    return this;
  }

  public HqlFilter param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  /** " where a and b", or "" when nothing filters. */
  public String where() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  public List<String> clauses() {
    return List.copyOf(clauses);
  }

  public Map<String, Object> params() {
    return params;
  }

  /** A LIKE pattern matching values that contain {@code term}, lower-cased, wildcards escaped. */
  public static String contains(String term) {
    String escaped =
        term.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
