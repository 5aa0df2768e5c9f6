package cn.gfshare.instruments.common.problem;

/**
 * One failing input field, shaped like the entries Bean Validation failures list under {@code
 * violations}, so clients read service-level and shape-level 422s the same way.
 */
public record FieldViolation(String field, String in, String message) {

  public static FieldViolation body(String field, String message) {
    return new FieldViolation(field, "body", message);
  }

  public static FieldViolation query(String field, String message) {
    return new FieldViolation(field, "query", message);
  }
}
