package cn.gfshare.instruments.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gfshare.instruments.common.TimeSlot;
import cn.gfshare.instruments.common.problem.RuleViolation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Free-interval arithmetic, without Quarkus or a database. */
class ScheduleTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void weeklyHoursBecomeInstantsInTheLabZone() {
    // 2026-03-02 is a Monday
    Schedule s =
        schedule(
            SHANGHAI, weekdays(hours("09:00", "12:00"), hours("13:00", "18:00")), Map.of(), 0, 30);
    List<TimeSlot> free = s.free(localDay(SHANGHAI, "2026-03-02"), List.of(), Duration.ZERO);
    assertThat(free)
        .containsExactly(
            slot("2026-03-02T01:00:00Z", "2026-03-02T04:00:00Z"),
            slot("2026-03-02T05:00:00Z", "2026-03-02T10:00:00Z"));
  }

  @Test
  void springForwardDayInBerlinHas23OpenHoursAndShiftsTheUtcTimes() {
    Map<DayOfWeek, List<LocalHours>> allWeek = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      allWeek.put(d, List.of(hours("00:00", "24:00")));
    }
    Schedule s = schedule(BERLIN, allWeek, Map.of(), 0, 60);
    // Sunday 2026-03-29: 02:00 CET jumps to 03:00 CEST
    List<TimeSlot> free = s.free(localDay(BERLIN, "2026-03-29"), List.of(), Duration.ZERO);
    assertThat(free).containsExactly(slot("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z"));
    assertThat(free.get(0).duration()).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void fallBackDayInBerlinHas25OpenHours() {
    Schedule s =
        schedule(
            BERLIN, Map.of(DayOfWeek.SUNDAY, List.of(hours("00:00", "24:00"))), Map.of(), 0, 30);
    List<TimeSlot> free = s.free(localDay(BERLIN, "2026-10-25"), List.of(), Duration.ZERO);
    assertThat(free).containsExactly(slot("2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z"));
    assertThat(free.get(0).duration()).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void multiDayWindowAcrossNewYorkDstKeepsLocalOpeningTimes() {
    // US DST starts Sunday 2026-03-08; 09:00-17:00 local is 14:00Z before and 13:00Z after
    Schedule s = schedule(NEW_YORK, weekdays(hours("09:00", "17:00")), Map.of(), 0, 30);
    TimeSlot window =
        new TimeSlot(local(NEW_YORK, "2026-03-06T00:00"), local(NEW_YORK, "2026-03-10T00:00"));
    assertThat(s.free(window, List.of(), Duration.ZERO))
        .containsExactly(
            slot("2026-03-06T14:00:00Z", "2026-03-06T22:00:00Z"),
            slot("2026-03-09T13:00:00Z", "2026-03-09T21:00:00Z"));
  }

  @Test
  void busyTimeIsWidenedByTheBufferAndFreeEdgesSnapToTheGrid() {
    Schedule s = schedule(SHANGHAI, weekdays(hours("09:00", "18:00")), Map.of(), 15, 30);
    TimeSlot busy =
        new TimeSlot(local(SHANGHAI, "2026-03-02T10:00"), local(SHANGHAI, "2026-03-02T11:00"));
    // buffer makes 09:45-11:15 unavailable; the grid of 30 min moves the edges to 09:30 and 11:30
    assertThat(s.free(localDay(SHANGHAI, "2026-03-02"), List.of(busy), Duration.ZERO))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-02T09:00"), local(SHANGHAI, "2026-03-02T09:30")),
            new TimeSlot(local(SHANGHAI, "2026-03-02T11:30"), local(SHANGHAI, "2026-03-02T18:00")));
  }

  @Test
  void aFinerGridKeepsMoreOfTheBufferedEdges() {
    Schedule s = schedule(SHANGHAI, weekdays(hours("09:00", "18:00")), Map.of(), 15, 15);
    TimeSlot busy =
        new TimeSlot(local(SHANGHAI, "2026-03-02T10:00"), local(SHANGHAI, "2026-03-02T11:00"));
    assertThat(s.free(localDay(SHANGHAI, "2026-03-02"), List.of(busy), Duration.ZERO))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-02T09:00"), local(SHANGHAI, "2026-03-02T09:45")),
            new TimeSlot(local(SHANGHAI, "2026-03-02T11:15"), local(SHANGHAI, "2026-03-02T18:00")));
  }

  @Test
  void backToBackBookingsWithoutBufferLeaveNoGap() {
    Schedule s = schedule(SHANGHAI, weekdays(hours("09:00", "12:00")), Map.of(), 0, 30);
    List<TimeSlot> busy =
        List.of(
            new TimeSlot(local(SHANGHAI, "2026-03-02T09:00"), local(SHANGHAI, "2026-03-02T10:00")),
            new TimeSlot(local(SHANGHAI, "2026-03-02T11:00"), local(SHANGHAI, "2026-03-02T12:00")));
    assertThat(s.free(localDay(SHANGHAI, "2026-03-02"), busy, Duration.ZERO))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-02T10:00"), local(SHANGHAI, "2026-03-02T11:00")));
  }

  @Test
  void openingOffTheGridIsRoundedInward() {
    Schedule s = schedule(SHANGHAI, weekdays(hours("09:10", "17:50")), Map.of(), 0, 30);
    assertThat(s.free(localDay(SHANGHAI, "2026-03-02"), List.of(), Duration.ZERO))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-02T09:30"), local(SHANGHAI, "2026-03-02T17:30")));
  }

  @Test
  void piecesShorterThanTheMinimumAreDropped() {
    Schedule s = schedule(SHANGHAI, weekdays(hours("09:00", "12:00")), Map.of(), 0, 30);
    TimeSlot busy =
        new TimeSlot(local(SHANGHAI, "2026-03-02T09:30"), local(SHANGHAI, "2026-03-02T11:00"));
    assertThat(s.free(localDay(SHANGHAI, "2026-03-02"), List.of(busy), Duration.ofMinutes(60)))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-02T11:00"), local(SHANGHAI, "2026-03-02T12:00")));
  }

  @Test
  void aClosedExceptionOverridesTheWeeklyHours() {
    Schedule s =
        schedule(
            SHANGHAI,
            weekdays(hours("09:00", "18:00")),
            Map.of(LocalDate.parse("2026-03-02"), List.of()),
            0,
            30);
    assertThat(s.free(localDay(SHANGHAI, "2026-03-02"), List.of(), Duration.ZERO)).isEmpty();
    assertThat(s.free(localDay(SHANGHAI, "2026-03-03"), List.of(), Duration.ZERO)).hasSize(1);
  }

  @Test
  void anExceptionOpensAWeekendDayAndReplacesAWeekdaysHours() {
    Schedule s =
        schedule(
            SHANGHAI,
            weekdays(hours("09:00", "18:00")),
            Map.of(
                LocalDate.parse("2026-03-07"),
                List.of(hours("10:00", "12:00")),
                LocalDate.parse("2026-03-03"),
                List.of(hours("09:00", "21:00"))),
            0,
            30);
    assertThat(s.free(localDay(SHANGHAI, "2026-03-07"), List.of(), Duration.ZERO))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-07T10:00"), local(SHANGHAI, "2026-03-07T12:00")));
    assertThat(s.free(localDay(SHANGHAI, "2026-03-03"), List.of(), Duration.ZERO))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-03T09:00"), local(SHANGHAI, "2026-03-03T21:00")));
  }

  @Test
  void blackoutsRemoveTimeWithoutBuffer() {
    TimeSlot maintenance =
        new TimeSlot(local(SHANGHAI, "2026-03-02T13:00"), local(SHANGHAI, "2026-03-02T15:00"));
    Schedule s =
        new Schedule(
            SHANGHAI,
            weekdays(hours("09:00", "18:00")),
            Map.of(),
            List.of(maintenance),
            Duration.ofMinutes(30),
            30);
    assertThat(s.free(localDay(SHANGHAI, "2026-03-02"), List.of(), Duration.ZERO))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-02T09:00"), local(SHANGHAI, "2026-03-02T13:00")),
            new TimeSlot(local(SHANGHAI, "2026-03-02T15:00"), local(SHANGHAI, "2026-03-02T18:00")));
  }

  @Test
  void roundTheClockDaysMergeAcrossMidnightForMultiDayBookings() {
    Schedule s =
        schedule(
            SHANGHAI,
            Map.of(
                DayOfWeek.MONDAY,
                List.of(hours("08:00", "24:00")),
                DayOfWeek.TUESDAY,
                List.of(hours("00:00", "24:00")),
                DayOfWeek.WEDNESDAY,
                List.of(hours("00:00", "12:00"))),
            Map.of(),
            0,
            60);
    TimeSlot week =
        new TimeSlot(local(SHANGHAI, "2026-03-02T00:00"), local(SHANGHAI, "2026-03-09T00:00"));
    assertThat(s.free(week, List.of(), Duration.ZERO))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-02T08:00"), local(SHANGHAI, "2026-03-04T12:00")));
    assertThat(
            s.withinOpening(
                new TimeSlot(
                    local(SHANGHAI, "2026-03-02T20:00"), local(SHANGHAI, "2026-03-04T10:00"))))
        .isTrue();
    assertThat(
            s.withinOpening(
                new TimeSlot(
                    local(SHANGHAI, "2026-03-04T10:00"), local(SHANGHAI, "2026-03-04T13:00"))))
        .isFalse();
  }

  @Test
  void theWindowClipsTheFreeTime() {
    Schedule s = schedule(SHANGHAI, weekdays(hours("09:00", "18:00")), Map.of(), 0, 30);
    TimeSlot window =
        new TimeSlot(local(SHANGHAI, "2026-03-02T10:10"), local(SHANGHAI, "2026-03-02T12:00"));
    assertThat(s.free(window, List.of(), Duration.ZERO))
        .containsExactly(
            new TimeSlot(local(SHANGHAI, "2026-03-02T10:30"), local(SHANGHAI, "2026-03-02T12:00")));
  }

  @Test
  void earliestSkipsGapsThatAreTooShort() {
    Schedule s = schedule(SHANGHAI, weekdays(hours("09:00", "18:00")), Map.of(), 0, 30);
    List<TimeSlot> busy =
        List.of(
            new TimeSlot(local(SHANGHAI, "2026-03-02T09:30"), local(SHANGHAI, "2026-03-02T17:00")));
    TimeSlot found =
        s.earliest(
            new TimeSlot(local(SHANGHAI, "2026-03-02T00:00"), local(SHANGHAI, "2026-03-04T00:00")),
            busy,
            Duration.ofHours(2));
    assertThat(found)
        .isEqualTo(
            new TimeSlot(local(SHANGHAI, "2026-03-03T09:00"), local(SHANGHAI, "2026-03-03T11:00")));
  }

  @Test
  void gridIsCountedFromLocalMidnight() {
    Schedule s = schedule(BERLIN, Map.of(), Map.of(), 0, 30);
    assertThat(s.onGrid(local(BERLIN, "2026-03-29T03:30"))).isTrue();
    assertThat(s.onGrid(local(BERLIN, "2026-03-29T03:20"))).isFalse();
    assertThat(s.ceilToGrid(local(BERLIN, "2026-03-29T23:50")))
        .isEqualTo(local(BERLIN, "2026-03-30T00:00"));
    assertThat(s.floorToGrid(local(BERLIN, "2026-03-29T23:50")))
        .isEqualTo(local(BERLIN, "2026-03-29T23:30"));
  }

  @Test
  void hoursMustBeOrderedAndWellFormed() {
    assertThatThrownBy(() -> hours("18:00", "09:00")).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> hours("9:00", "10:00")).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> hours("09:00", "24:30")).isInstanceOf(RuleViolation.class);
    assertThat(hours("00:00", "24:00").endMinute()).isEqualTo(1440);
  }

  @Test
  void subtractHandlesCutsAtAndAcrossEdges() {
    TimeSlot base = slot("2026-01-01T00:00:00Z", "2026-01-01T10:00:00Z");
    assertThat(
            Intervals.subtract(
                List.of(base),
                List.of(
                    slot("2025-12-31T00:00:00Z", "2026-01-01T01:00:00Z"),
                    slot("2026-01-01T03:00:00Z", "2026-01-01T04:00:00Z"),
                    slot("2026-01-01T03:30:00Z", "2026-01-01T05:00:00Z"),
                    slot("2026-01-01T09:00:00Z", "2026-01-02T00:00:00Z"))))
        .containsExactly(
            slot("2026-01-01T01:00:00Z", "2026-01-01T03:00:00Z"),
            slot("2026-01-01T05:00:00Z", "2026-01-01T09:00:00Z"));
  }

  // --- helpers -------------------------------------------------------------------------------

  private static Schedule schedule(
      ZoneId zone,
      Map<DayOfWeek, List<LocalHours>> weekly,
      Map<LocalDate, List<LocalHours>> exceptions,
      int bufferMinutes,
      int slotMinutes) {
    return new Schedule(
        zone, weekly, exceptions, List.of(), Duration.ofMinutes(bufferMinutes), slotMinutes);
  }

  private static Map<DayOfWeek, List<LocalHours>> weekdays(LocalHours... hours) {
    Map<DayOfWeek, List<LocalHours>> m = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      m.put(d, List.of(hours));
    }
    return m;
  }

  private static LocalHours hours(String from, String to) {
    return LocalHours.parse(from, to);
  }

  private static Instant local(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  private static TimeSlot localDay(ZoneId zone, String date) {
    LocalDate d = LocalDate.parse(date);
    return new TimeSlot(
        d.atStartOfDay(zone).toInstant(), d.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private static TimeSlot slot(String start, String end) {
    return new TimeSlot(Instant.parse(start), Instant.parse(end));
  }

  @Test
  void earliestEqualsTheFirstFreeSlotOfTheWholeWindowOnRandomBusyWeeks() {
    java.util.Random random = new java.util.Random(9);
    Map<DayOfWeek, List<LocalHours>> allWeek = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      allWeek.put(d, List.of(hours("00:00", "24:00")));
    }
    for (int run = 0; run < 500; run++) {
      Map<DayOfWeek, List<LocalHours>> weekly =
          random.nextBoolean()
              ? allWeek
              : weekdays(hours("09:00", "12:00"), hours("13:00", "18:00"));
      Schedule s = schedule(SHANGHAI, weekly, Map.of(), random.nextInt(3) * 15, 30);
      Instant start =
          Instant.parse("2026-03-02T00:00:00Z").plus(Duration.ofMinutes(30L * random.nextInt(48)));
      TimeSlot window = new TimeSlot(start, start.plus(Duration.ofDays(1 + random.nextInt(14))));
      List<TimeSlot> busy = new java.util.ArrayList<>();
      for (int b = random.nextInt(40); b > 0; b--) {
        Instant t = start.plus(Duration.ofMinutes(30L * random.nextInt(48 * 14)));
        busy.add(new TimeSlot(t, t.plus(Duration.ofMinutes(30L * (1 + random.nextInt(40))))));
      }
      Duration length =
          Duration.ofMinutes(30L * (1 + random.nextInt(random.nextBoolean() ? 8 : 120)));
      List<TimeSlot> free = s.free(window, busy, length);
      TimeSlot expected =
          free.isEmpty()
              ? null
              : new TimeSlot(free.get(0).start(), free.get(0).start().plus(length));
      assertThat(s.earliest(window, busy, length)).as("run %d", run).isEqualTo(expected);
    }
  }
}
