package cn.gfshare.instruments.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RateCard;
import cn.gfshare.instruments.common.TimeSlot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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

  @Test
  void stateMachineAllowsOnlyTheDocumentedTransitions() {
    assertThat(ReservationStatus.PENDING_APPROVAL.canBecome(ReservationStatus.CONFIRMED)).isTrue();
    assertThat(ReservationStatus.PENDING_APPROVAL.canBecome(ReservationStatus.REJECTED)).isTrue();
    assertThat(ReservationStatus.PENDING_APPROVAL.canBecome(ReservationStatus.EXPIRED)).isTrue();
    assertThat(ReservationStatus.PENDING_APPROVAL.canBecome(ReservationStatus.CHECKED_IN))
        .isFalse();
    assertThat(ReservationStatus.CONFIRMED.canBecome(ReservationStatus.CHECKED_IN)).isTrue();
    assertThat(ReservationStatus.CONFIRMED.canBecome(ReservationStatus.NO_SHOW)).isTrue();
    assertThat(ReservationStatus.CONFIRMED.canBecome(ReservationStatus.REJECTED)).isFalse();
    assertThat(ReservationStatus.CHECKED_IN.canBecome(ReservationStatus.COMPLETED)).isTrue();
    assertThat(ReservationStatus.CHECKED_IN.canBecome(ReservationStatus.CANCELLED)).isFalse();
    for (ReservationStatus end :
        List.of(
            ReservationStatus.COMPLETED,
            ReservationStatus.REJECTED,
            ReservationStatus.CANCELLED,
            ReservationStatus.EXPIRED,
            ReservationStatus.NO_SHOW)) {
      assertThat(end.active()).isFalse();
      for (ReservationStatus next : ReservationStatus.values()) {
        assertThat(end.canBecome(next)).isFalse();
      }
    }
    assertThat(ReservationStatus.ACTIVE)
        .containsExactlyInAnyOrder(
            ReservationStatus.PENDING_APPROVAL,
            ReservationStatus.CONFIRMED,
            ReservationStatus.CHECKED_IN);
  }
}
