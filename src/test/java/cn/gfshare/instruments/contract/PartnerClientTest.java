package cn.gfshare.instruments.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import cn.gfshare.partnerclient.ApiClient;
import cn.gfshare.partnerclient.ApiException;
import cn.gfshare.partnerclient.api.AvailabilityApi;
import cn.gfshare.partnerclient.api.InstrumentsApi;
import cn.gfshare.partnerclient.api.ReservationsApi;
import cn.gfshare.partnerclient.model.BookingRequest;
import cn.gfshare.partnerclient.model.FreeView;
import cn.gfshare.partnerclient.model.InstrumentStatus;
import cn.gfshare.partnerclient.model.InstrumentSummary;
import cn.gfshare.partnerclient.model.Interval;
import cn.gfshare.partnerclient.model.PageResultInstrumentSummary;
import cn.gfshare.partnerclient.model.Problem;
import cn.gfshare.partnerclient.model.ReasonRequest;
import cn.gfshare.partnerclient.model.ReservationStatus;
import cn.gfshare.partnerclient.model.ReservationView;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A partner's first integration, written only against the Java client that openapi-generator
 * generates from the committed contract (target/generated-test-sources/partner-client): if the
 * contract loses a response schema, a parameter type or the problem schema, this stops compiling or
 * fails, as it would for the partner.
 */
@QuarkusTest
class PartnerClientTest {

  @TestHTTPResource("/")
  URL service;

  private ApiClient signedInAs(String user) {
    String token = Tokens.of(user);
    ApiClient client = new ApiClient();
    client.updateBaseUri(service.toString().replaceAll("/$", ""));
    client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    return client;
  }

  private ApiClient anonymous() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(service.toString().replaceAll("/$", ""));
    return client;
  }

  @Test
  void searchesReadsAvailabilityBooksReadsBackCancelsAndGetsATypedConflict() throws Exception {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long instrumentId = CatalogFixtures.instrument(lab, "010101");

    PageResultInstrumentSummary page =
        new InstrumentsApi(anonymous())
            .searchInstruments(
                null,
                null,
                null,
                lab,
                null,
                null,
                null,
                null,
                0,
                null,
                20,
                "name",
                List.of(InstrumentStatus.ACTIVE));
    assertThat(page.getItems()).extracting(InstrumentSummary::getId).containsExactly(instrumentId);
    assertThat(page.getTotal()).isEqualTo(1L);

    ApiClient researcher = signedInAs("researcher-gz");
    OffsetDateTime from = Slots.at(Slots.SHANGHAI, 3, "00:00").toOffsetDateTime();
    FreeView free =
        new AvailabilityApi(researcher)
            .getInstrumentAvailability(instrumentId, from, from.plusDays(7));
    assertThat(free.getInstrumentId()).isEqualTo(instrumentId);
    Interval first =
        free.getFree().stream()
            .filter(i -> Duration.between(i.getStart(), i.getEnd()).toMinutes() >= 60)
            .findFirst()
            .orElseThrow();

    ReservationsApi reservations = new ReservationsApi(researcher);
    BookingRequest booking =
        new BookingRequest()
            .instrumentId(instrumentId)
            .start(first.getStart())
            .end(first.getStart().plusHours(1))
            .purpose("partner client test");
    ReservationView booked = reservations.createReservation(booking, null);
    assertThat(booked.getStatus()).isEqualTo(ReservationStatus.CONFIRMED);
    assertThat(booked.getStart().toInstant()).isEqualTo(first.getStart().toInstant());

    ReservationView readBack = reservations.getReservation(booked.getId());
    assertThat(readBack.getInstrumentId()).isEqualTo(instrumentId);
    assertThat(readBack.getStatus()).isEqualTo(ReservationStatus.CONFIRMED);

    ApiException clash =
        catchThrowableOfType(
            ApiException.class, () -> reservations.createReservation(booking, null));
    assertThat(clash.getCode()).isEqualTo(409);
    assertThat(clash.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    Problem problem =
        researcher.getObjectMapper().readValue(clash.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getType().toString()).endsWith("/slot-taken");
    assertThat(problem.getConflict().getStart().toInstant())
        .isEqualTo(first.getStart().toInstant());
    assertThat(problem.getBufferMinutes()).isNotNull();

    ReservationView cancelled =
        reservations.cancelReservation(booked.getId(), new ReasonRequest().reason("plans changed"));
    assertThat(cancelled.getStatus()).isEqualTo(ReservationStatus.CANCELLED);
  }
}
