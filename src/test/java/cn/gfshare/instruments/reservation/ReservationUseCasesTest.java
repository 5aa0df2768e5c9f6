package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.reservation.ReservationTransitions.Input;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.Roles;
import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.TestClock;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reservation use cases called without HTTP, as the scheduled jobs will call them (a system
 * actor), next to the same use cases over HTTP; the event log they write; experts booked alone.
 */
@QuarkusTest
class ReservationUseCasesTest {

  private static final Caller JOB = Caller.system("test-job");

  @Inject ReservationService reservations;
  @Inject ReservationTransitions transitions;

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  private static String t(int days, String hhmm) {
    return Slots.iso(Slots.SHANGHAI, days, hhmm);
  }

  private static Instant at(int days, String hhmm) {
    return OffsetDateTime.parse(t(days, hhmm)).toInstant();
  }

  private static long instrument(boolean approval) {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id =
        CatalogFixtures.instrument(
            lab,
            CatalogFixtures.categoryTree()[0],
            cn.gfshare.instruments.catalog.InstrumentStatus.ACTIVE,
            approval,
            false);
    CatalogFixtures.openAllWeek(id);
    return id;
  }

  private static long join(String token, long id, String from, String to, int minutes) {
    return Api.joinWaitlist(token, id, from, to, minutes);
  }

  private static JsonPath entry(String token, long entryId) {
    return Api.waitlistEntry(token, entryId);
  }

  private static JsonPath history(String token, long reservationId) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/reservations/" + reservationId + "/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static long offersFor(long entryId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ReservationEvent.count(
                    "waitlistEntryId = ?1 and type = ?2",
                    entryId,
                    ReservationEventType.WAITLIST_OFFERED));
  }

  @Test
  void aSystemActorsCancellationDoesWhatTheBookersDoesOverHttpIncludingTheWaitlistOffer() {
    long overHttp = instrument(false);
    long direct = instrument(false);
    long viaHttp = Api.bookOk(Tokens.researcherGz(), overHttp, t(3, "10:00"), t(3, "12:00"));
    long viaJob = Api.bookOk(Tokens.researcherGz(), direct, t(3, "10:00"), t(3, "12:00"));
    long waiterA = join(Tokens.researcherFs(), overHttp, t(3, "10:00"), t(3, "12:00"), 120);
    long waiterB = join(Tokens.researcherFs(), direct, t(3, "10:00"), t(3, "12:00"), 120);

    Api.act(Tokens.researcherGz(), viaHttp, "cancel").then().statusCode(200);
    ReservationView cancelled = reservations.cancel(JOB, viaJob, "instrument broke down");

    assertThat(cancelled.status()).isEqualTo(ReservationStatus.CANCELLED);
    assertThat(cancelled.cancelledBy()).isEqualTo("system:test-job");
    for (long waiter : List.of(waiterA, waiterB)) {
      JsonPath offer = entry(Tokens.researcherFs(), waiter);
      assertThat(offer.getString("status")).isEqualTo("OFFERED");
      assertThat(OffsetDateTime.parse(offer.getString("offerStart")).toInstant())
          .isEqualTo(at(3, "10:00"));
      assertThat(offersFor(waiter)).isEqualTo(1);
    }
    JsonPath a = history(Tokens.researcherGz(), viaHttp);
    JsonPath b = history(Tokens.researcherGz(), viaJob);
    assertThat(a.getList("type")).containsExactly("CREATED", "CANCELLED");
    assertThat(b.getList("type")).containsExactly("CREATED", "CANCELLED");
    assertThat(a.getList("actor")).containsExactly("researcher-gz", "researcher-gz");
    assertThat(b.getList("actor")).containsExactly("researcher-gz", "system:test-job");
    assertThat(b.getString("[1].payload.fromStatus")).isEqualTo("CONFIRMED");
    assertThat(b.getString("[1].payload.toStatus")).isEqualTo("CANCELLED");
    assertThat(b.getString("[1].payload.reason")).isEqualTo("instrument broke down");
  }

  @Test
  void aNoShowIsMarkedOnlyByTheSystemAfterTheGraceAndReleasesTheRestOfTheSlot() {
    long id = instrument(false);
    long r = Api.bookOk(Tokens.researcherFs(), id, t(2, "10:00"), t(2, "12:00"));
    // a user of the owning institution (no lead time) waits for an hour of that slot
    long waiter = join(Tokens.researcherGz(), id, t(2, "10:00"), t(2, "12:00"), 60);
    Caller manager = new Caller("manager-gz", Set.of(Roles.LAB_MANAGER), Optional.empty());

    assertThatThrownBy(() -> reservations.markNoShow(JOB, r))
        .isInstanceOf(ConflictProblem.class)
        .hasMessageContaining("before");
    TestClock.pin(at(2, "10:31"));
    assertThatThrownBy(() -> reservations.markNoShow(manager, r))
        .isInstanceOf(ForbiddenProblem.class);

    ReservationView v = reservations.markNoShow(Caller.system("no-show"), r);

    assertThat(v.status()).isEqualTo(ReservationStatus.NO_SHOW);
    JsonPath offer = entry(Tokens.researcherGz(), waiter);
    assertThat(offer.getString("status")).isEqualTo("OFFERED");
    Instant offerStart = OffsetDateTime.parse(offer.getString("offerStart")).toInstant();
    assertThat(offerStart).isAfterOrEqualTo(at(2, "10:31")).isBefore(at(2, "12:00"));
    JsonPath h = history(Tokens.researcherFs(), r);
    assertThat(h.getList("type")).containsExactly("CREATED", "NO_SHOW");
    assertThat(h.getString("[1].actor")).isEqualTo("system:no-show");
    // twice is a conflict, not a second event
    assertThatThrownBy(() -> reservations.markNoShow(Caller.system("no-show"), r))
        .isInstanceOf(ConflictProblem.class);

    // deliberate: the user did come; the lab records the usage and the no-show becomes COMPLETED
    Api.put(
            Tokens.managerGz(),
            "/api/v1/reservations/" + r + "/usage",
            "{\"usageStart\":\""
                + t(2, "10:00")
                + "\",\"usageEnd\":\""
                + t(2, "10:30")
                + "\",\"samples\":1,\"reason\":\"came without checking in\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    h = history(Tokens.researcherFs(), r);
    assertThat(h.getList("type")).containsExactly("CREATED", "NO_SHOW", "USAGE_CORRECTED");
    assertThat(h.getString("[2].payload.fromStatus")).isEqualTo("NO_SHOW");
    assertThat(h.getString("[2].payload.toStatus")).isEqualTo("COMPLETED");
    assertThat(h.getInt("[2].payload.usage.samples")).isEqualTo(1);
  }

  @Test
  void anUnapprovedBookingExpiresAtItsStart() {
    long id = instrument(true);
    long r =
        Api.book(Tokens.researcherGz(), id, t(2, "10:00"), t(2, "11:00"))
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING_APPROVAL"))
            .extract()
            .jsonPath()
            .getLong("id");
    assertThatThrownBy(() -> reservations.expire(JOB, r)).isInstanceOf(ConflictProblem.class);
    TestClock.pin(at(2, "10:01"));

    assertThat(reservations.expire(JOB, r).status()).isEqualTo(ReservationStatus.EXPIRED);

    assertThat(history(Tokens.researcherGz(), r).getList("type"))
        .containsExactly("CREATED", "EXPIRED");
    // an expired booking is final
    Api.act(Tokens.managerGz(), r, "approve").then().statusCode(409);
  }

  @Test
  void aBookingLeftCheckedInIsCompletedAtItsBookedEnd() {
    long id = instrument(false);
    long r = Api.bookOk(Tokens.researcherGz(), id, t(2, "10:00"), t(2, "11:00"));
    TestClock.pin(at(2, "10:05"));
    Api.act(Tokens.researcherGz(), r, "check-in").then().statusCode(200);
    assertThatThrownBy(() -> reservations.autoComplete(JOB, r)).isInstanceOf(ConflictProblem.class);
    TestClock.pin(at(2, "11:31"));

    ReservationView v = reservations.autoComplete(Caller.system("auto-complete"), r);

    assertThat(v.status()).isEqualTo(ReservationStatus.COMPLETED);
    assertThat(v.usage().end().toInstant()).isEqualTo(at(2, "11:00"));
    assertThat(v.usage().start().toInstant()).isEqualTo(v.checkedInAt());
    JsonPath h = history(Tokens.researcherGz(), r);
    assertThat(h.getList("type")).containsExactly("CREATED", "CHECKED_IN", "COMPLETED");
    assertThat(h.getBoolean("[2].payload.auto")).isTrue();
  }

  @Test
  void aFailedChangeLeavesNeitherTheChangeNorItsEvent() {
    long id = instrument(false);
    long r = Api.bookOk(Tokens.researcherGz(), id, t(2, "10:00"), t(2, "11:00"));
    long resource = transitions.resourceOf(r);

    // the change and its event run in one transaction: when it rolls back, both are gone
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          transitions.apply(
                              JOB, r, resource, ReservationTransition.CANCEL, Input.NONE);
                          assertThat(
                                  ReservationEvent.count(
                                      "reservationId = ?1 and type = ?2",
                                      r,
                                      ReservationEventType.CANCELLED))
                              .isEqualTo(1);
                          throw new IllegalStateException("the caller's transaction fails");
                        }))
        .hasMessage("the caller's transaction fails");
    // a change the rules refuse writes nothing either
    Api.act(Tokens.researcherGz(), r, "check-in").then().statusCode(422);

    Api.act(Tokens.researcherGz(), r, "cancel").then().statusCode(200);
    JsonPath h = history(Tokens.researcherGz(), r);
    assertThat(h.getList("type")).containsExactly("CREATED", "CANCELLED");
    assertThat(h.getList("actor")).containsExactly("researcher-gz", "researcher-gz");
    long first = h.getLong("[0].id");
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> ReservationEvent.after(first, 100).stream().map(e -> e.id).toList()))
        .contains(h.getLong("[1].id"))
        .doesNotContain(first);
  }

  @Test
  void theHistoryIsForWhoeverMaySeeTheReservation() {
    long id = instrument(false);
    long r = Api.bookOk(Tokens.researcherFs(), id, t(2, "10:00"), t(2, "11:00"));
    history(Tokens.researcherFs(), r);
    history(Tokens.managerGz(), r);
    history(Tokens.admin(), r);
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/reservations/" + r + "/events")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .get("/api/v1/reservations/" + r + "/events")
        .then()
        .statusCode(404);
  }

  @Test
  void anExpertIsBookedOnTheirOwnForAConsultationUnderTheirOwnRulesAndRates() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long expert = CatalogFixtures.expert(lab, true);
    CatalogFixtures.openAllWeek(expert);
    CatalogFixtures.rateCard(expert, PriceTier.CROSS_CITY, "500.00", "0.00", "0.00");
    String consult =
        "{\"expertId\":"
            + expert
            + ",\"start\":\""
            + t(3, "14:00")
            + "\",\"end\":\""
            + t(3, "16:00")
            + "\",\"purpose\":\"method consultation\",\"operatorAssisted\":true}";

    long r =
        Api.book(Tokens.researcherFs(), consult)
            .then()
            .statusCode(201)
            .body("resourceKind", equalTo("EXPERT"))
            .body("resourceId", equalTo((int) expert))
            .body("expertId", equalTo((int) expert))
            .body("instrumentId", nullValue())
            .body("crossCity", equalTo(true))
            .body("priceTier", equalTo("CROSS_CITY"))
            .body("operatorAssisted", equalTo(false))
            .body("priceEstimate.total", equalTo(1000.00f))
            .extract()
            .jsonPath()
            .getLong("id");

    // the expert's time is taken like an instrument's
    Api.book(Tokens.researcherGz(), consult.replace("method consultation", "another"))
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("/slot-taken"));
    assertThat(history(Tokens.researcherFs(), r).getList("type")).containsExactly("CREATED");
    // the expert's lab manages the booking
    Api.act(Tokens.managerGz(), r, "cancel").then().statusCode(200);

    long busy = CatalogFixtures.expert(lab, false);
    CatalogFixtures.openAllWeek(busy);
    Api.book(
            Tokens.researcherFs(),
            consult.replace("\"expertId\":" + expert, "\"expertId\":" + busy))
        .then()
        .statusCode(422)
        .body("rule", equalTo("expert-consultations"));
    Api.book(Tokens.researcherFs(), consult.replace("\"expertId\":" + expert, "\"expertId\":-1"))
        .then()
        .statusCode(404);
    Api.book(Tokens.researcherFs(), consult.replace("\"expertId\":" + expert + ",", ""))
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("instrumentId"));
  }

  @Test
  void everyTransitionRecordsItsEvent() {
    long pending = instrument(true);
    long approved = Api.bookOk(Tokens.researcherGz(), pending, t(3, "10:00"), t(3, "11:00"));
    long rejected = Api.bookOk(Tokens.researcherGz(), pending, t(3, "12:00"), t(3, "13:00"));
    Api.act(Tokens.managerGz(), approved, "approve").then().statusCode(200);
    Api.act(Tokens.managerGz(), rejected, "reject", "{\"reason\":\"sample unsafe\"}")
        .then()
        .statusCode(200);
    assertThat(history(Tokens.researcherGz(), approved).getList("type"))
        .containsExactly("CREATED", "APPROVED");
    JsonPath r = history(Tokens.researcherGz(), rejected);
    assertThat(r.getList("type")).containsExactly("CREATED", "REJECTED");
    assertThat(r.getString("[1].payload.reason")).isEqualTo("sample unsafe");
    assertThat(r.getString("[1].actor")).isEqualTo("manager-gz");

    long id = instrument(false);
    long late = Api.bookOk(Tokens.researcherGz(), id, t(2, "10:00"), t(2, "11:00"));
    long used = Api.bookOk(Tokens.researcherGz(), id, t(2, "14:00"), t(2, "15:00"));
    TestClock.pin(at(2, "09:00"));
    Api.act(Tokens.researcherGz(), late, "cancel").then().statusCode(200);
    JsonPath l = history(Tokens.researcherGz(), late);
    assertThat(l.getList("type")).containsExactly("CREATED", "LATE_CANCELLED");
    assertThat(l.getBoolean("[1].payload.lateCancellation")).isTrue();
    TestClock.pin(at(2, "14:05"));
    Api.act(Tokens.researcherGz(), used, "check-in").then().statusCode(200);
    TestClock.pin(at(2, "14:50"));
    Api.act(Tokens.researcherGz(), used, "check-out", "{\"samples\":2}").then().statusCode(200);
    JsonPath u = history(Tokens.researcherGz(), used);
    assertThat(u.getList("type")).containsExactly("CREATED", "CHECKED_IN", "CHECKED_OUT");
    assertThat(u.getString("[2].payload.toStatus")).isEqualTo("COMPLETED");
    assertThat(u.getInt("[2].payload.usage.samples")).isEqualTo(2);
    TestClock.reset();

    // waitlist: an offer accepted becomes a reservation whose history says so; one declined
    long w = instrument(false);
    long freed = Api.bookOk(Tokens.researcherGz(), w, t(3, "10:00"), t(3, "12:00"));
    long accepting = join(Tokens.researcherFs(), w, t(3, "10:00"), t(3, "12:00"), 120);
    long declining = join(Tokens.managerFs(), w, t(3, "10:00"), t(3, "12:00"), 120);
    Api.act(Tokens.researcherGz(), freed, "cancel").then().statusCode(200);
    Api.post(Tokens.researcherFs(), "/api/v1/waitlist/" + declining + "/decline", "")
        .then()
        .statusCode(404);
    long booked =
        Api.post(Tokens.researcherFs(), "/api/v1/waitlist/" + accepting + "/accept", "")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    JsonPath b = history(Tokens.researcherFs(), booked);
    assertThat(b.getList("type")).containsExactly("CREATED", "WAITLIST_ACCEPTED");
    assertThat(b.getLong("[1].waitlistEntryId")).isEqualTo(accepting);
    Api.act(Tokens.researcherFs(), booked, "cancel").then().statusCode(200);
    assertThat(entry(Tokens.managerFs(), declining).getString("status")).isEqualTo("OFFERED");
    Api.post(Tokens.managerFs(), "/api/v1/waitlist/" + declining + "/decline", "")
        .then()
        .statusCode(204);
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        ReservationEvent.<ReservationEvent>list(
                                "waitlistEntryId = ?1 order by id", declining)
                            .stream()
                            .map(e -> e.type)
                            .toList()))
        .containsExactly(
            ReservationEventType.WAITLIST_OFFERED, ReservationEventType.WAITLIST_DECLINED);
  }

  @Test
  void aLapsedOfferPassesTheTimeToTheNextWaiter() {
    long id = instrument(false);
    long r = Api.bookOk(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "12:00"));
    long first = join(Tokens.researcherFs(), id, t(3, "10:00"), t(3, "12:00"), 120);
    long second = join(Tokens.managerFs(), id, t(3, "10:00"), t(3, "12:00"), 120);
    Api.act(Tokens.researcherGz(), r, "cancel").then().statusCode(200);
    assertThat(entry(Tokens.researcherFs(), first).getString("status")).isEqualTo("OFFERED");
    assertThatThrownBy(() -> reservations.lapseOffer(JOB, first))
        .isInstanceOf(ConflictProblem.class);

    TestClock.pin(Instant.now().plus(Duration.ofMinutes(61)));
    reservations.lapseOffer(Caller.system("waitlist"), first);

    assertThat(entry(Tokens.researcherFs(), first).getString("status")).isEqualTo("LAPSED");
    assertThat(entry(Tokens.managerFs(), second).getString("status")).isEqualTo("OFFERED");
    assertThat(offersFor(second)).isEqualTo(1);
  }
}
