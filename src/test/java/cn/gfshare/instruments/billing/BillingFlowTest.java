package cn.gfshare.instruments.billing;

import static cn.gfshare.instruments.billing.BillingFixtures.at;
import static cn.gfshare.instruments.billing.BillingFixtures.t;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.TestClock;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One booking from quote to statement: the worked example of the closing note. */
@QuarkusTest
class BillingFlowTest {

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  @Test
  void aBookingIsQuotedChargedCorrectedAndStated() {
    long instrument = BillingFixtures.pricedInstrument();
    long account = BillingFixtures.account("researcher-gz");
    String gz = Tokens.researcherGz();

    JsonPath quote = BillingFixtures.quote(gz, instrument, t(2, "10:00"), t(2, "11:30"), 2, true);
    System.out.println("[worked-example] quote " + quote.prettify());
    assertThat(quote.getString("tier")).isEqualTo("INTERNAL");
    // 90 min: 200/h → 300.00, 2 × 30 → 60.00, operator 80/h → 120.00
    assertThat(quote.getString("total.amount")).isEqualTo("480.00");
    assertThat(quote.getString("total.currency")).isEqualTo("CNY");
    assertThat(quote.getString("lateCancellationFee.amount")).isEqualTo("240.00");

    long r =
        Api.book(
                gz,
                BillingFixtures.booking(instrument, t(2, "10:00"), t(2, "11:30"), 2, true, account))
            .then()
            .statusCode(201)
            .body("accountId", equalTo((int) account))
            .extract()
            .jsonPath()
            .getLong("id");
    TestClock.pin(at(2, "10:01"));
    Api.act(gz, r, "check-in").then().statusCode(200);
    TestClock.pin(at(2, "11:31"));
    Api.act(
            gz,
            r,
            "check-out",
            "{\"usageStart\":\"" + t(2, "10:00") + "\",\"usageEnd\":\"" + t(2, "11:30") + "\"}")
        .then()
        .statusCode(200);

    JsonPath charges = BillingFixtures.charges(gz, r);
    System.out.println("[worked-example] charge " + charges.prettify());
    assertThat(charges.getList("items")).hasSize(1);
    assertThat(charges.getString("items[0].amount.amount")).isEqualTo("480.00");
    assertThat(charges.getString("items[0].state")).isEqualTo("IN_REVIEW");
    assertThat(charges.getInt("items[0].billedMinutes")).isEqualTo(90);
    assertThat(charges.getInt("items[0].actualMinutes")).isEqualTo(90);
    assertThat(charges.getString("items[0].formula.basis")).isEqualTo("PRICED");
    long original = charges.getLong("items[0].id");

    // the lab finds the user stayed until 12:10: the usage correction writes a reversal pair
    TestClock.pin(at(2, "12:30"));
    Api.put(
            Tokens.managerGz(),
            "/api/v1/reservations/" + r + "/usage",
            "{\"usageStart\":\""
                + t(2, "10:00")
                + "\",\"usageEnd\":\""
                + t(2, "12:10")
                + "\",\"samples\":2,\"reason\":\"log book: stayed until 12:10\"}")
        .then()
        .statusCode(200);
    JsonPath pair =
        given()
            .auth()
            .oauth2(gz)
            .get("/api/v1/charges/" + original + "/corrections")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    System.out.println("[worked-example] correction " + pair.prettify());
    assertThat(pair.getList("role")).containsExactly("REVERSAL", "REPLACEMENT");
    assertThat(pair.getString("[0].amount.amount")).isEqualTo("-480.00");
    // 130 min → 135 billed: 450.00 + 60.00 + 180.00
    assertThat(pair.getInt("[1].billedMinutes")).isEqualTo(135);
    assertThat(pair.getString("[1].amount.amount")).isEqualTo("690.00");
    assertThat(pair.getString("[1].reason")).startsWith("Usage corrected: log book");
    given()
        .auth()
        .oauth2(gz)
        .get("/api/v1/charges/" + original)
        .then()
        .statusCode(200)
        .body("state", equalTo("REVERSED"));

    // after the review window, finance states the month
    OffsetDateTime posted = OffsetDateTime.parse(pair.getString("[1].postedAt"));
    String period = YearMonth.from(posted.atZoneSameInstant(ZoneId.of("Asia/Shanghai"))).toString();
    TestClock.pin(at(2, "12:30").plus(Duration.ofDays(8)));
    JsonPath statement =
        Api.post(
                Tokens.finance(),
                "/api/v1/statements",
                "{\"accountId\":" + account + ",\"period\":\"" + period + "\"}")
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .extract()
            .jsonPath();
    System.out.println("[worked-example] statement " + statement.prettify());
    assertThat(statement.getList("lines.chargeId", Long.class))
        .containsExactly(original, pair.getLong("[0].id"), pair.getLong("[1].id"));
    assertThat(statement.getString("total.amount")).isEqualTo("690.00");
    assertThat(statement.getString("totalsByTier[0].tier")).isEqualTo("INTERNAL");
    long s = statement.getLong("id");
    Api.post(Tokens.finance(), "/api/v1/statements/" + s + "/issue", "")
        .then()
        .statusCode(200)
        .body("status", equalTo("ISSUED"));
    given()
        .auth()
        .oauth2(gz)
        .get("/api/v1/charges/" + pair.getLong("[1].id"))
        .then()
        .body("state", equalTo("BILLED"))
        .body("statementId", equalTo((int) s));
  }
}
