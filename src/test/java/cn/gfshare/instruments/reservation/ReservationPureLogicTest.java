package cn.gfshare.instruments.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.catalog.PriceEstimate;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RateCard;
import cn.gfshare.instruments.common.TimeSlot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prices, quotas and the state machine, without Quarkus. */
class ReservationPureLogicTest {

  private static final ZoneId SH = ZoneId.of("Asia/Shanghai");

  private static RateCard card(String perHour, String perSample, String perOperatorHour) {
    RateCard c = new RateCard();
    c.id = 7L;
    c.tier = PriceTier.SAME_CITY;
    c.perHour = new BigDecimal(perHour);
    c.perSample = new BigDecimal(perSample);
    c.perOperatorHour = new BigDecimal(perOperatorHour);
    return c;
  }

  private static TimeSlot local(String start, String end) {
    return new TimeSlot(
        LocalDateTime.parse(start).atZone(SH).toInstant(),
        LocalDateTime.parse(end).atZone(SH).toInstant());
  }

  @Test
  void priceIsHoursTimesRatePlusSamplesPlusOperatorHours() {
    PriceEstimate p =
        PriceEstimate.of(card("300.00", "50.00", "100.00"), Duration.ofMinutes(150), 4, true);
    assertThat(p.total()).isEqualByComparingTo("1200.00"); // 2.5 x 300 + 4 x 50 + 2.5 x 100
    assertThat(p.hours()).isEqualByComparingTo("2.5");
    assertThat(p.operatorHours()).isEqualByComparingTo("2.5");
    assertThat(p.rateCardId()).isEqualTo(7L);
    assertThat(p.total().scale()).isEqualTo(2);
  }

  @Test
  void priceOfAThirdOfAnHourIsRoundedOnceToTheFen() {
    PriceEstimate p =
        PriceEstimate.of(card("100.00", "0.00", "0.00"), Duration.ofMinutes(20), 0, false);
    assertThat(p.total()).isEqualByComparingTo("33.33");
    PriceEstimate q =
        PriceEstimate.of(card("100.00", "0.00", "50.00"), Duration.ofMinutes(20), 0, true);
    // 20 min x (100 + 50) / 60 = 50.00 exactly; rounding each part first would give 33.33 + 16.67
    assertThat(q.total()).isEqualByComparingTo("50.00");
  }

  @Test
  void dailyQuotaCountsTheBookersHoursOnThatLocalDay() {
    List<TimeSlot> mine = List.of(local("2026-03-02T08:00", "2026-03-02T10:00"));
    assertThat(
            Quotas.check(
                local("2026-03-02T12:00", "2026-03-02T13:00"), mine, SH, new BigDecimal("3"), null))
        .isEmpty();
    var excess =
        Quotas.check(
            local("2026-03-02T12:00", "2026-03-02T13:30"), mine, SH, new BigDecimal("3"), null);
    assertThat(excess).isPresent();
    assertThat(excess.get().period()).isEqualTo("day");
    assertThat(excess.get().wouldBeHours()).isEqualByComparingTo("3.5");
    // another day is not counted
    assertThat(
            Quotas.check(
                local("2026-03-03T08:00", "2026-03-03T11:00"), mine, SH, new BigDecimal("3"), null))
        .isEmpty();
  }

  @Test
  void aBookingOverMidnightCountsTowardsBothDays() {
    List<TimeSlot> mine = List.of(local("2026-03-03T08:00", "2026-03-03T10:00"));
    var excess =
        Quotas.check(
            local("2026-03-02T22:00", "2026-03-03T02:00"), mine, SH, new BigDecimal("3"), null);
    assertThat(excess).isPresent();
    assertThat(excess.get().firstDay().toString()).isEqualTo("2026-03-03");
  }

  @Test
  void weeklyQuotaRunsMondayToSundayInTheLabsZone() {
    List<TimeSlot> mine =
        List.of(
            local("2026-03-02T08:00", "2026-03-02T12:00"), // Monday
            local("2026-03-08T08:00", "2026-03-08T12:00")); // Sunday
    assertThat(
            Quotas.check(
                local("2026-03-04T08:00", "2026-03-04T10:00"),
                mine,
                SH,
                null,
                new BigDecimal("10")))
        .isEmpty();
    assertThat(
            Quotas.check(
                local("2026-03-04T08:00", "2026-03-04T11:00"),
                mine,
                SH,
                null,
                new BigDecimal("10")))
        .isPresent();
    // the next Monday starts a new week
    assertThat(
            Quotas.check(
                local("2026-03-09T08:00", "2026-03-09T10:00"),
                mine,
                SH,
                null,
                new BigDecimal("10")))
        .isEmpty();
    assertThat(Quotas.weekStart(Instant.parse("2026-03-08T17:00:00Z"), SH))
        .isEqualTo(Instant.parse("2026-03-08T16:00:00Z"));
  }

  /** The whole transition table, written out: every (state, transition) pair not listed fails. */
  private static final Map<ReservationTransition, Set<ReservationStatus>> ALLOWED =
      Map.of(
          ReservationTransition.APPROVE, EnumSet.of(ReservationStatus.PENDING_APPROVAL),
          ReservationTransition.REJECT, EnumSet.of(ReservationStatus.PENDING_APPROVAL),
          ReservationTransition.CANCEL,
              EnumSet.of(ReservationStatus.PENDING_APPROVAL, ReservationStatus.CONFIRMED),
          ReservationTransition.CHECK_IN, EnumSet.of(ReservationStatus.CONFIRMED),
          ReservationTransition.CHECK_OUT, EnumSet.of(ReservationStatus.CHECKED_IN),
          // deliberate: a no-show whose user did come can have the lab's record of usage
          ReservationTransition.CORRECT_USAGE,
              EnumSet.of(
                  ReservationStatus.CONFIRMED,
                  ReservationStatus.CHECKED_IN,
                  ReservationStatus.COMPLETED,
                  ReservationStatus.NO_SHOW),
          ReservationTransition.EXPIRE, EnumSet.of(ReservationStatus.PENDING_APPROVAL),
          ReservationTransition.MARK_NO_SHOW, EnumSet.of(ReservationStatus.CONFIRMED),
          ReservationTransition.AUTO_COMPLETE, EnumSet.of(ReservationStatus.CHECKED_IN));

  @Test
  void stateMachineAllowsOnlyTheDocumentedTransitions() {
    assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(ReservationTransition.values());
    for (ReservationTransition t : ReservationTransition.values()) {
      for (ReservationStatus from : ReservationStatus.values()) {
        assertThat(t.allowedFrom(from))
            .as(t + " from " + from)
            .isEqualTo(ALLOWED.get(t).contains(from));
      }
    }
    assertThat(ReservationTransition.CORRECT_USAGE.target).isEqualTo(ReservationStatus.COMPLETED);
    // nothing leads out of REJECTED, CANCELLED or EXPIRED
    for (ReservationStatus end :
        List.of(
            ReservationStatus.REJECTED, ReservationStatus.CANCELLED, ReservationStatus.EXPIRED)) {
      assertThat(end.active()).isFalse();
      for (ReservationTransition t : ReservationTransition.values()) {
        assertThat(t.allowedFrom(end)).as(t + " from " + end).isFalse();
      }
    }
    assertThat(ReservationStatus.ACTIVE)
        .containsExactlyInAnyOrder(
            ReservationStatus.PENDING_APPROVAL,
            ReservationStatus.CONFIRMED,
            ReservationStatus.CHECKED_IN);
  }

  @Test
  void whoMayMakeATransition() {
    // people: managers approve and reject, bookers cancel and check in/out, only the platform
    // expires, marks no-shows and auto-completes; the platform may make any change
    assertThat(ReservationTransition.APPROVE.mayBeMadeBy(false, false, true)).isFalse();
    assertThat(ReservationTransition.APPROVE.mayBeMadeBy(false, true, false)).isTrue();
    assertThat(ReservationTransition.CANCEL.mayBeMadeBy(false, false, true)).isTrue();
    assertThat(ReservationTransition.CORRECT_USAGE.mayBeMadeBy(false, false, true)).isFalse();
    for (ReservationTransition t :
        List.of(
            ReservationTransition.EXPIRE,
            ReservationTransition.MARK_NO_SHOW,
            ReservationTransition.AUTO_COMPLETE)) {
      assertThat(t.mayBeMadeBy(false, true, true)).as(t.name()).isFalse();
    }
    for (ReservationTransition t : ReservationTransition.values()) {
      assertThat(t.mayBeMadeBy(true, false, false)).as(t.name()).isTrue();
    }
  }

  @Test
  void leavingAnActiveStateFreesTime() {
    assertThat(ReservationTransition.CANCEL.freesTimeFrom(ReservationStatus.CONFIRMED)).isTrue();
    assertThat(ReservationTransition.MARK_NO_SHOW.freesTimeFrom(ReservationStatus.CONFIRMED))
        .isTrue();
    assertThat(ReservationTransition.CHECK_IN.freesTimeFrom(ReservationStatus.CONFIRMED)).isFalse();
    assertThat(ReservationTransition.APPROVE.mayFreeTime()).isFalse();
    assertThat(ReservationTransition.CORRECT_USAGE.freesTimeFrom(ReservationStatus.NO_SHOW))
        .isFalse();
    assertThat(ReservationTransition.CORRECT_USAGE.freesTimeFrom(ReservationStatus.CHECKED_IN))
        .isTrue();
  }
}
