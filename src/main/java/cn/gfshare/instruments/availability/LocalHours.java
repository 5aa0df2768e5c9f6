package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.common.problem.RuleViolation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of wall-clock time within one local day, as minutes from local midnight: [start, end),
 * where end may be 1440 ("24:00") so a day can be open until midnight.
 */
public record LocalHours(int startMinute, int endMinute) implements Comparable<LocalHours> {

  public static final int DAY = 1440;
  private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)");

  public LocalHours {
    if (startMinute < 0 || endMinute > DAY || startMinute >= endMinute) {
      throw new RuleViolation(
          "hours-order", "opening hours must satisfy 00:00 <= from < to <= 24:00");
    }
  }

  /** Parses "HH:mm" strings; "24:00" means the end of the day. */
  public static LocalHours parse(String from, String to) {
    return new LocalHours(minuteOf(from), minuteOf(to));
  }

  static int minuteOf(String hhmm) {
    Matcher m = hhmm == null ? null : HH_MM.matcher(hhmm);
    if (m == null || !m.matches()) {
      throw new RuleViolation("hours-format", "times are HH:mm (00:00 .. 24:00), got " + hhmm);
    }
    int minute = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    if (minute > DAY) {
      throw new RuleViolation("hours-format", "times are HH:mm (00:00 .. 24:00), got " + hhmm);
    }
    return minute;
  }

  public String from() {
    return format(startMinute);
  }

  public String to() {
    return format(endMinute);
  }

  public boolean overlaps(LocalHours o) {
    return startMinute < o.endMinute && o.startMinute < endMinute;
  }

  static String format(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }

  @Override
  public int compareTo(LocalHours o) {
    return Integer.compare(startMinute, o.startMinute);
  }
}
