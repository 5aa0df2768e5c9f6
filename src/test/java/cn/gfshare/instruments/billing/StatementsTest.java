package cn.gfshare.instruments.billing;

import static cn.gfshare.instruments.billing.BillingFixtures.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.TestClock;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Statements: one per account and month under concurrency; files whose totals match the ledger. */
@QuarkusTest
class StatementsTest {

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  private static String period() {
    return YearMonth.from(at(2, "12:00").atZone(ZoneId.of("Asia/Shanghai"))).toString();
  }

  /** An account with three reviewed lines: two usages and a waived one. */
  private static long accountWithLines() {
    long instrument = BillingFixtures.pricedInstrument();
    long account = BillingFixtures.account("researcher-gz");
    String gz = Tokens.researcherGz();
    BillingFixtures.useAsBooked(gz, instrument, "09:00", "10:15", 3, true, account);
    long r = BillingFixtures.useAsBooked(gz, instrument, "11:00", "11:40", 0, false, account);
    long charge = BillingFixtures.charges(gz, r).getLong("items[0].id");
    Api.post(
            Tokens.managerGz(),
            "/api/v1/charges/" + charge + "/corrections",
            "{\"amount\":\"99.99\",\"reason\":\"agreed discount for a failed run\"}")
        .then()
        .statusCode(201);
    TestClock.pin(at(2, "12:00").plus(Duration.ofDays(8)));
    return account;
  }

  private static BigDecimal ledgerSum(long statementId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (BigDecimal)
                    LedgerEntry.getEntityManager()
                        .createQuery(
                            "select sum(e.amount) from LedgerEntry e where e.id in"
                                + " (select l.entryId from StatementLine l where l.statementId = :s)")
                        .setParameter("s", statementId)
                        .getSingleResult());
  }

  private static <T> List<T> concurrently(int n, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return call.call();
              }));
    }
    start.countDown();
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get());
    }
    pool.shutdown();
    return out;
  }

  @Test
  void financeUsersCreatingAndIssuingAtOnceGetOneStatement() throws Exception {
    long account = accountWithLines();
    String finance = Tokens.finance();
    String body = "{\"accountId\":" + account + ",\"period\":\"" + period() + "\"}";
    List<int[]> created =
        concurrently(
            4,
            () -> {
              var resp = Api.post(finance, "/api/v1/statements", body);
              return new int[] {resp.statusCode(), resp.jsonPath().getInt("id")};
            });
    assertThat(created.stream().map(c -> c[1]).distinct()).hasSize(1);
    assertThat(created.stream().filter(c -> c[0] == 201)).hasSize(1);
    assertThat(created.stream().filter(c -> c[0] == 200)).hasSize(3);
    long id = created.get(0)[1];
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        Statement.count(
                            "accountId = ?1 and status <> ?2", account, StatementStatus.VOID)))
        .isEqualTo(1);

    List<String> issued =
        concurrently(
            4,
            () ->
                Api.post(finance, "/api/v1/statements/" + id + "/issue", "")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getString("status"));
    assertThat(issued).containsOnly("ISSUED");
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        BillingEvent.count("subjectId = ?1 and type = ?2", id, "STATEMENT_ISSUED")))
        .isEqualTo(1);

    Api.post(finance, "/api/v1/statements/" + id + "/pay", "")
        .then()
        .statusCode(200)
        .body("status", equalTo("PAID"));
    Api.post(
            finance,
            "/api/v1/statements/" + id + "/void",
            "{\"reason\":\"paid ones cannot be voided\"}")
        .then()
        .statusCode(409);
  }

  @Test
  void theJsonCsvAndXlsxTotalsEqualTheSumOfTheLedgerEntries() throws Exception {
    long account = accountWithLines();
    JsonPath s =
        Api.post(
                Tokens.finance(),
                "/api/v1/statements",
                "{\"accountId\":" + account + ",\"period\":\"" + period() + "\"}")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    long id = s.getLong("id");
    BigDecimal ledger = ledgerSum(id);
    assertThat(s.getList("lines")).hasSize(4);
    // 75 min, 3 samples, operator: 250.00 + 90.00 + 100.00; then 40 → 45 min: 150.00 → 99.99
    assertThat(ledger).isEqualByComparingTo("539.99");
    assertThat(new BigDecimal(s.getString("total.amount"))).isEqualByComparingTo(ledger);
    assertThat(s.getString("totalsByLab[0].total.amount")).isEqualTo("539.99");

    byte[] csvBytes =
        given()
            .auth()
            .oauth2(Tokens.researcherGz())
            .accept("text/csv")
            .get("/api/v1/statements/" + id)
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
            .extract()
            .asByteArray();
    byte[] suffix =
        given()
            .auth()
            .oauth2(Tokens.finance())
            .get("/api/v1/statements/" + id + ".csv")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(suffix).isEqualTo(csvBytes);
    String csv = new String(csvBytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    int header = 0;
    while (!rows.get(header).get(0).equals("条目 Entry")) {
      header++;
    }
    int amountCol = rows.get(header).toList().indexOf("金额 Amount");
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = header + 1; i < rows.size() - 1; i++) {
      sum = sum.add(new BigDecimal(rows.get(i).get(amountCol)));
    }
    CSVRecord total = rows.get(rows.size() - 1);
    assertThat(total.get(0)).isEqualTo("合计 Total");
    assertThat(sum).isEqualByComparingTo(ledger);
    assertThat(new BigDecimal(total.get(amountCol))).isEqualByComparingTo(ledger);

    for (byte[] xlsx :
        List.of(
            given()
                .auth()
                .oauth2(Tokens.finance())
                .accept(StatementFiles.XLSX)
                .get("/api/v1/statements/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray(),
            given()
                .auth()
                .oauth2(Tokens.finance())
                .get("/api/v1/statements/" + id + ".xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray())) {
      try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
        List<Row> sheet = wb.getFirstSheet().read();
        int h = 0;
        while (!"条目 Entry".equals(sheet.get(h).getCellText(0))) {
          h++;
        }
        BigDecimal xs = BigDecimal.ZERO;
        for (int i = h + 1; i < sheet.size() - 1; i++) {
          xs = xs.add(sheet.get(i).getCellAsNumber(amountCol).orElseThrow());
        }
        Row last = sheet.get(sheet.size() - 1);
        assertThat(last.getCellText(0)).isEqualTo("合计 Total");
        assertThat(xs).isEqualByComparingTo(ledger);
        assertThat(last.getCellAsNumber(amountCol).orElseThrow()).isEqualByComparingTo(ledger);
      }
    }
    // a PI sees their account's statements, others do not
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get("/api/v1/statements/" + id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .get("/api/v1/statements/" + id + ".csv")
        .then()
        .statusCode(404);
  }

  @Test
  void badStatementRequestsAreProblemsAndWriteNothing() {
    long account = BillingFixtures.account("researcher-gz");
    long events = BillingFixtures.eventRows();
    Api.post(
            Tokens.finance(),
            "/api/v1/statements",
            "{\"accountId\":" + account + ",\"period\":\"2026-13\"}")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    Api.post(
            Tokens.finance(),
            "/api/v1/statements",
            "{\"accountId\":" + account + ",\"period\":\"2999-01\"}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("period-in-future"));
    Api.post(
            Tokens.finance(),
            "/api/v1/statements",
            "{\"accountId\":987654321,\"period\":\"2026-01\"}")
        .then()
        .statusCode(404);
    Api.post(
            Tokens.researcherGz(),
            "/api/v1/statements",
            "{\"accountId\":" + account + ",\"period\":\"2026-01\"}")
        .then()
        .statusCode(403);
    assertThat(BillingFixtures.eventRows()).isEqualTo(events);
  }
}
