package cn.gfshare.instruments.common.json;

import cn.gfshare.instruments.common.TimeBounds;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A well-formed date or date-time outside {@link TimeBounds}: a 422 (the value is readable, just
 * not acceptable), where unreadable values are 400s.
 */
public class OutOfRangeTimeException extends InvalidFormatException {

  public OutOfRangeTimeException(JsonParser p, String text, Class<?> targetType) {
    super(p, "out of range: " + TimeBounds.RANGE_TEXT, text, targetType);
  }
}
