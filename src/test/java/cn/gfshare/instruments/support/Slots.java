package cn.gfshare.instruments.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Future wall-clock times in a lab's zone, as the ISO-8601 strings clients send. */
public final class Slots {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private Slots() {}

  public static ZonedDateTime at(ZoneId zone, int daysAhead, String hhmm) {
    return ZonedDateTime.of(LocalDate.now(zone).plusDays(daysAhead), LocalTime.parse(hhmm), zone);
  }

  public static String iso(ZonedDateTime t) {
    return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  public static String iso(ZoneId zone, int daysAhead, String hhmm) {
    return iso(at(zone, daysAhead, hhmm));
  }

  public static String booking(long instrumentId, String start, String end) {
    return "{\"instrumentId\":"
        + instrumentId
        + ",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"purpose\":\"test measurement\"}";
  }
}
