package cn.gfshare.instruments.bench;

import cn.gfshare.instruments.bench.BookingBenchmark.Load;
import cn.gfshare.instruments.bench.BookingBenchmark.Reads;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The Markdown results file of one benchmark run. */
final class Report {

  private final BookingBenchmark.Settings s;
  String loadAtStart;
  String loadAtEnd;
  LocalDateTime startedAt;
  LocalDateTime finishedAt;
  double generationSeconds;
  String datasetSummary;
  String serverInfo;
  final Map<Integer, Load.Result> raw = new TreeMap<>();
  Load.Result rawFullRequest;
  final Map<Integer, Load.Result> http = new TreeMap<>();
  Load.Result httpIdempotent;
  Load.Result httpFirst;
  Load.Result me;
  final List<Reads.Row> reads = new ArrayList<>();
  Map<String, Long> searchCandidates = Map.of();

  Report(BookingBenchmark.Settings s) {
    this.s = s;
  }

  String markdown() {
    StringBuilder b = new StringBuilder();
    DateTimeFormatter t = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    b.append("# Booking benchmark, ").append(startedAt.format(t)).append(" (Asia/Shanghai)\n\n");
    b.append("Command: `bench/booking-benchmark.sh` (see bench/BOOKING.md). Finished ")
        .append(finishedAt.format(t))
        .append(".\n\n");
    b.append("- Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs, shared; the driver, the service and MariaDB all run on it.\n");
    b.append("- Load average (1, 5, 15 min) at start: ")
        .append(loadAtStart)
        .append("; at end: ")
        .append(loadAtEnd)
        .append(".\n");
    b.append("- Service: the packaged jar (prod profile), JVM `")
        .append(String.join(" ", s.appJvmOptions()))
        .append("`, datasource pool max ")
        .append(poolSize())
        .append(", Connector/J properties `")
        .append(s.jdbcParams())
        .append("` (service and raw driver), tokens verified with a local public key.\n");
    b.append("- Database: ").append(serverInfo).append(".\n");
    b.append(
        String.format(
            Locale.ROOT,
            "- Dataset (generated in %.0f s): %s.%n",
            generationSeconds,
            datasetSummary));
    b.append(
            "- Each booking is a distinct free one-hour slot (inside opening hours, 1-42 days ahead) on a random")
        .append(
            " active instrument, as a random one of 200 researchers of both cities; closed loop, ")
        .append(s.rawSeconds())
        .append(" s per raw level, ")
        .append(s.httpSeconds())
        .append(" s per HTTP level")
        .append(" after a ")
        .append(s.warmupSeconds())
        .append(" s HTTP warm-up. Latencies in ms.\n\n");

    b.append("## Raw JDBC booking transaction (the limit)\n\n");
    b.append(
            "Lock the resource row `FOR UPDATE` (with its versions), the first reservation or held offer")
        .append(
            " reaching into the slot (one UNION), insert the reservation and its event, commit; one")
        .append(" connection per thread (RawBooking.java).\n\n");
    b.append(
            "| threads | tx | tx/s | p50 | p95 | p99 | max | conflicts | row lock waits | statements/tx |")
        .append(" CPU ms/tx mariadbd | CPU ms/tx driver | machine CPU busy |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    raw.forEach((n, r) -> rawRow(b, String.valueOf(n), r));
    if (rawFullRequest != null) {
      rawRow(b, rawFullRequest.workers() + ", whole request*", rawFullRequest);
      b.append(
              "\n\\* Not the limit but a diagnosis: every statement one POST sends once the instrument's")
          .append(
              " setup is in memory (the caller's institution in autocommit, then the booking transaction")
          .append(
              " with the pool's autocommit switches), over plain JDBC. The gap between this row and the HTTP row at the")
          .append(
              " same concurrency is the service's own time (HTTP, JSON, security, Hibernate, CDI).\n");
    }

    b.append("\n## POST /api/v1/reservations\n\n");
    b.append(
            "| clients | requests | req/s | p50 | p95 | p99 | max | 201 | 409 | 422 | other | row lock waits |")
        .append(
            " statements/req | CPU ms/req service | CPU ms/req mariadbd | CPU ms/req driver | machine CPU busy |\n");
    b.append(
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    http.forEach((n, r) -> httpRow(b, String.valueOf(n), r));
    if (httpIdempotent != null) {
      httpRow(b, httpIdempotent.workers() + " + Idempotency-Key", httpIdempotent);
    }
    if (httpFirst != null) {
      httpRow(b, httpFirst.workers() + ", first booking of each instrument\u2020", httpFirst);
      b.append("\n\u2020 Each request books an instrument the service has not booked before, so it")
          .append(
              " loads that instrument's setup (rules, hours, exceptions, blackouts, rate cards, lab")
          .append(
              " managers) inside its transaction; every later booking of the instrument checks against")
          .append(" that copy while the resource row's versions match (ResourceSetups).\n");
    }
    if (me != null) {
      b.append("\nThe floor of a signed-in request, `GET /api/v1/me`, in the same run (200 in the")
          .append(" 201 column's place):\n\n")
          .append(
              "| clients | requests | req/s | p50 | p95 | p99 | max | 200 | 409 | 422 | other |")
          .append(" row lock waits | statements/req | CPU ms/req service | CPU ms/req mariadbd |")
          .append(" CPU ms/req driver | machine CPU busy |\n")
          .append(
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      httpRow(b, me.workers() + ", GET /me", me, 200);
    }

    b.append("\n## Reads\n\n");
    b.append(
            "Random instrument and user per request; availability from now to now + 30 days; search from tomorrow")
        .append(" 00:00 for 7 days, no city filter. Candidates: ")
        .append(searchCandidates)
        .append(" active instruments.\n\n");
    b.append("| endpoint | clients | requests | req/s | p50 | p95 | p99 | max | non-200 |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Reads.Row row : reads) {
      Load.Result r = row.result();
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
              row.kind().label,
              row.clients(),
              r.operations(),
              r.perSecond(),
              r.percentileMs(50),
              r.percentileMs(95),
              r.percentileMs(99),
              r.percentileMs(100),
              r.others(200)));
    }

    b.append("\n## Against the aims (issues 4 and 9)\n\n");
    b.append("| aim | measured | met |\n|---|---|---|\n");
    Load.Result raw32 = raw.get(32);
    Load.Result http32 = http.get(32);
    if (http32 != null) {
      double cpu =
          http32.cpuMsPerOp(BookingBenchmark.Probe.Sample::appTicks)
              + http32.cpuMsPerOp(BookingBenchmark.Probe.Sample::dbTicks);
      b.append(
          String.format(
              Locale.ROOT,
              "| booking CPU (service + database) <= 3 ms | %.2f ms | %s |%n",
              cpu,
              cpu <= 3 ? "yes" : "no"));
      b.append(
          String.format(
              Locale.ROOT,
              "| >= 600 bookings/s at 32 clients | %.0f/s | %s |%n",
              http32.perSecond(),
              http32.perSecond() >= 600 ? "yes" : "no"));
      b.append(
          String.format(
              Locale.ROOT,
              "| <= 10 statements per booking | %.1f | %s |%n",
              http32.statementsPerOp(),
              http32.statementsPerOp() <= 10 ? "yes" : "no"));
      if (me != null) {
        double ratio = 100.0 * http32.perSecond() / me.perSecond();
        b.append(
            String.format(
                Locale.ROOT,
                "| booking rate at 32 >= 50 %% of GET /me at 32 | %.0f / %.0f = %.1f %% | %s |%n",
                http32.perSecond(),
                me.perSecond(),
                ratio,
                ratio >= 50 ? "yes" : "no"));
      }
    }
    if (raw32 != null && http32 != null) {
      double ratio = 100.0 * http32.perSecond() / raw32.perSecond();
      b.append(
          String.format(
              Locale.ROOT,
              "| booking at 32 clients >= 60 %% of the raw JDBC rate at 32 | %.0f / %.0f = %.1f %%"
                  + " | %s |%n",
              http32.perSecond(),
              raw32.perSecond(),
              ratio,
              ratio >= 60 ? "yes" : "no"));
      b.append(
          String.format(
              Locale.ROOT,
              "| booking p99 <= 60 ms at 32 clients | %.1f ms | %s |%n",
              http32.percentileMs(99),
              http32.percentileMs(99) <= 60 ? "yes" : "no"));
    }
    for (Reads.Row row : reads) {
      if (row.clients() != 1 && reads.stream().anyMatch(x -> x.clients() == 1)) {
        continue;
      }
      double aim = row.kind() == Reads.Kind.AVAILABILITY ? 50 : 150;
      double p95 = row.result().percentileMs(95);
      b.append(
          String.format(
              Locale.ROOT,
              "| %s p95 <= %.0f ms (1 client) | %.1f ms | %s |%n",
              row.kind().label,
              aim,
              p95,
              p95 <= aim ? "yes" : "no"));
    }
    b.append("\nAll numbers come from one machine with ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(
            " CPUs that the load driver, the service and MariaDB share (and other jobs, see the load average):")
        .append(
            " the HTTP figures include the service's CPU competing with MariaDB's, the raw figures do not.\n");
    return b.toString();
  }

  private static void rawRow(StringBuilder b, String label, Load.Result r) {
    b.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %d | %.1f | %.2f | %.2f | %.0f %% |%n",
            label,
            r.operations(),
            r.perSecond(),
            r.percentileMs(50),
            r.percentileMs(95),
            r.percentileMs(99),
            r.percentileMs(100),
            r.others(0),
            r.lockWaits(),
            r.statementsPerOp(),
            r.cpuMsPerOp(BookingBenchmark.Probe.Sample::dbTicks),
            r.cpuMsPerOp(BookingBenchmark.Probe.Sample::selfTicks),
            r.machineBusyPercent()));
  }

  private static void httpRow(StringBuilder b, String label, Load.Result r) {
    httpRow(b, label, r, 201);
  }

  private static void httpRow(StringBuilder b, String label, Load.Result r, int success) {
    b.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %d | %d | %.1f | %.2f | %.2f | %.2f | %.0f %% |%n",
            label,
            r.operations(),
            r.perSecond(),
            r.percentileMs(50),
            r.percentileMs(95),
            r.percentileMs(99),
            r.percentileMs(100),
            r.count(success),
            r.count(409),
            r.count(422),
            r.others(success, 409, 422),
            r.lockWaits(),
            r.statementsPerOp(),
            r.cpuMsPerOp(BookingBenchmark.Probe.Sample::appTicks),
            r.cpuMsPerOp(BookingBenchmark.Probe.Sample::dbTicks),
            r.cpuMsPerOp(BookingBenchmark.Probe.Sample::selfTicks),
            r.machineBusyPercent()));
  }

  private static String poolSize() {
    String env = System.getenv("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
    return env == null || env.isBlank()
        ? "32 (application.properties)"
        : env + " (QUARKUS_DATASOURCE_JDBC_MAX_SIZE)";
  }
}
