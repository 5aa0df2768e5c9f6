package cn.gfshare.instruments.common.json;

import cn.gfshare.instruments.common.problem.JsonProblemMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Bodies an operation may go without: clients posting none send any or no Content-Type, so the
 * resource takes the raw text and reads it here, with the same strict mapper, problems and
 * validation (422 with violations) as a declared body.
 */
public final class OptionalJsonBody {

  private OptionalJsonBody() {}

  /** The body as {@code type}; null when there is none: empty, blank or the JSON literal null. */
  public static <T> T read(ObjectMapper json, Validator validator, String raw, Class<T> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    T value;
    try {
      value = json.readValue(raw, type);
    } catch (JsonProcessingException e) {
      throw JsonProblemMapper.problemFor(e);
    }
    if (value == null) {
      return null;
    }
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return value;
  }
}
