package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.InstrumentCsv.CellError;
import cn.gfshare.instruments.catalog.InstrumentCsv.Header;
import cn.gfshare.instruments.catalog.InstrumentCsv.Row;
import cn.gfshare.instruments.catalog.RatePlan.Prices;
import cn.gfshare.instruments.catalog.dto.ImportReport;
import cn.gfshare.instruments.catalog.dto.ImportReport.RowResult;
import cn.gfshare.instruments.catalog.dto.ImportReport.Status;
import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Bulk import of a lab's instruments from CSV, upserting by code. All rows are checked before
 * anything is written; by default one bad row rejects the file (422 with every bad row), with
 * {@code partial} the good rows are written and the bad ones reported. One transaction either way.
 */
@ApplicationScoped
public class InstrumentImportService {

  /** The field names the shared instrument rules report, as CSV columns. */
  private static final Map<String, String> FIELD_COLUMNS =
      Map.of(
          "categoryCode",
          "category_code",
          "acquisitionYear",
          "acquisition_year",
          "techniques",
          "techniques",
          "valueCny",
          "value_cny");

  @Inject InstrumentService instruments;
  @Inject GfConfig config;

  /** A checked row with what applying it will do. */
  private record Planned(
      Row row,
      InstrumentData data,
      Instrument existing,
      RateCardService.Outcome rates,
      LocalDate ratesFrom,
      List<CellError> errors) {}

  @Transactional
  @TransactionConfiguration(timeout = 600)
  public ImportReport importCsv(
      long labId, byte[] body, Charset charset, boolean partial, Caller caller) {
    Lab lab = Lab.findById(labId);
    if (lab == null) {
      throw new NotFoundProblem("Lab", labId);
    }
    LabAccess.requireManager(caller, lab);
    // every query here reads what this import has not touched yet; auto-flushing a session of
    // thousands of instruments before each would make the import quadratic
    Panache.getEntityManager().setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
    List<CSVRecord> records = records(decode(body, charset));
    if (records.isEmpty()) {
      throw new RuleViolation("csv-empty", "The file has no header row");
    }
    List<FieldViolation> headerProblems = new ArrayList<>();
    Header header = InstrumentCsv.header(records.get(0).toList(), headerProblems);
    if (!headerProblems.isEmpty()) {
      throw new InvalidFieldsProblem("csv-header", headerProblems);
    }
    List<CSVRecord> data = records.subList(1, records.size());
    if (data.isEmpty()) {
      throw new RuleViolation("csv-empty", "The file has a header but no instrument rows");
    }
    int max = config.catalog().importMaxRows();
    if (data.size() > max) {
      throw new RuleViolation(
          "csv-too-large",
          "At most " + max + " rows per import; split the file",
          Map.of("rowCount", data.size()));
    }

    InstrumentCsv csv = new InstrumentCsv(Year.now().getValue() + 1);
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : data) {
      rows.add(csv.parse((int) r.getRecordNumber(), header, r.toList()));
    }
    List<Planned> planned = check(rows, lab);
    long bad = planned.stream().filter(p -> !p.errors().isEmpty()).count();
    if (bad > 0 && !partial) {
      List<RowResult> errorRows =
          planned.stream()
              .filter(p -> !p.errors().isEmpty())
              .map(p -> result(p, Status.ERROR, null))
              .toList();
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("rowCount", rows.size());
      extra.put("errorCount", bad);
      extra.put("rows", errorRows);
      throw new RuleViolation(
          "import-rows-invalid",
          bad
              + " of "
              + rows.size()
              + " rows are invalid; nothing was imported (send partial=true to import the valid rows)",
          extra);
    }
    return apply(planned, lab, partial, caller);
  }

  private List<Planned> check(List<Row> rows, Lab lab) {
    Set<String> categories =
        new HashSet<>(
            Panache.getEntityManager()
                .createQuery("select c.code from Category c", String.class)
                .getResultList());
    Map<String, Instrument> existing = existing(rows);
    Map<Long, List<RateCard>> cards = cards(existing.values());
    Map<String, Integer> firstRow = new HashMap<>();
    LocalDate today = LocalDate.now(java.time.ZoneId.of(lab.timeZone));
    List<Planned> planned = new ArrayList<>();
    for (Row row : rows) {
      List<CellError> errors = new ArrayList<>(row.errors());
      Instrument current = row.code() == null ? null : existing.get(row.code());
      if (row.code() != null) {
        Integer first = firstRow.putIfAbsent(row.code(), row.row());
        if (first != null) {
          errors.add(new CellError("code", "repeats row " + first));
        } else if (current != null && !current.lab.id.equals(lab.id)) {
          errors.add(new CellError("code", "belongs to lab " + current.lab.code));
        }
      }
      InstrumentData data = row.data();
      if (data.status() == null) {
        data = data.withStatus(current == null ? InstrumentStatus.ACTIVE : current.status);
      }
      if (row.valid()) {
        for (FieldViolation v : instruments.violations(data, "", categories::contains)) {
          errors.add(new CellError(FIELD_COLUMNS.getOrDefault(v.field(), v.field()), v.message()));
        }
      }
      RateCardService.Outcome outcome = null;
      LocalDate from = null;
      if (row.rates() != null && errors.isEmpty()) {
        from = row.rates().effectiveFrom() == null ? today : row.rates().effectiveFrom();
        RatePlan plan = new RatePlan(from, row.rates().tiers());
        if (current == null) {
          outcome = RateCardService.Outcome.ADDED;
        } else {
          List<String> problems = new ArrayList<>();
          outcome =
              RateCardService.check(
                  plan, cards.getOrDefault(current.id, List.of()), today, problems);
          problems.forEach(p -> errors.add(new CellError("rates_effective_from", p)));
        }
      }
      planned.add(new Planned(row, data, current, outcome, from, errors));
    }
    return planned;
  }

  private ImportReport apply(List<Planned> planned, Lab lab, boolean partial, Caller caller) {
    int created = 0, updated = 0, unchanged = 0, errors = 0;
    List<RowResult> results = new ArrayList<>();
    Map<Long, RatePlan> newCards = new LinkedHashMap<>();
    for (Planned p : planned) {
      if (!p.errors().isEmpty()) {
        errors++;
        results.add(result(p, Status.ERROR, null));
        continue;
      }
      Instrument i = p.existing();
      Status status;
      if (i == null) {
        i = new Instrument();
        i.code = p.row().code();
        i.placeIn(lab);
        p.data().applyTo(i);
        i.persist();
        status = Status.CREATED;
      } else {
        status = p.data().applyTo(i) ? Status.UPDATED : Status.UNCHANGED;
      }
      if (p.rates() == RateCardService.Outcome.ADDED) {
        if (status != Status.CREATED) {
          // the instrument's prices change: move its ETag as POST /rate-cards does
          Panache.getEntityManager().lock(i, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
          status = Status.UPDATED;
        }
        newCards.put(i.id, new RatePlan(p.ratesFrom(), p.row().rates().tiers()));
      }
      switch (status) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        default -> unchanged++;
      }
      results.add(result(p, status, i.id));
    }
    Panache.getEntityManager().flush();
    RateCardService.insertAll(newCards, caller.username());
    return new ImportReport(
        lab.id, partial, planned.size(), created, updated, unchanged, errors, results);
  }

  private static RowResult result(Planned p, Status status, Long id) {
    return new RowResult(p.row().row(), p.row().code(), status, id, p.errors());
  }

  private static Map<Long, List<RateCard>> cards(java.util.Collection<Instrument> instruments) {
    List<Long> ids = instruments.stream().map(i -> i.id).toList();
    Map<Long, List<RateCard>> byResource = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      for (RateCard c :
          RateCard.<RateCard>list(
              "resourceId in ?1", ids.subList(from, Math.min(ids.size(), from + 1000)))) {
        byResource.computeIfAbsent(c.resourceId, k -> new ArrayList<>()).add(c);
      }
    }
    return byResource;
  }

  private static Map<String, Instrument> existing(List<Row> rows) {
    List<String> codes = rows.stream().map(Row::code).filter(c -> c != null).distinct().toList();
    Map<String, Instrument> found = new HashMap<>();
    for (int from = 0; from < codes.size(); from += 1000) {
      List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 1000));
      for (Instrument i : Instrument.<Instrument>list("code in ?1", chunk)) {
        found.put(i.code, i);
      }
    }
    return found;
  }

  /** Strict decoding: a file saved in another encoding is refused instead of importing mojibake. */
  static String decode(byte[] body, Charset charset) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
      return InstrumentCsv.stripBom(text);
    } catch (CharacterCodingException e) {
      throw new RuleViolation(
          "csv-encoding",
          "The file is not valid "
              + charset.name()
              + "; save it as \"CSV UTF-8\" or name the charset in Content-Type");
    }
  }

  static List<CSVRecord> records(String text) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      List<CSVRecord> all = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (!r.stream().allMatch(s -> s == null || s.isBlank())) {
          all.add(r);
        }
      }
      return all;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // commons-csv's messages name its own classes and internals; the line is what helps
      Matcher line = CSV_LINE.matcher(String.valueOf(e.getMessage()));
      throw new RuleViolation(
          "csv-malformed",
          "The CSV cannot be read"
              + (line.find() ? " at line " + line.group(1) : "")
              + ": a quoted cell is not closed, or text follows a closing quote");
    }
  }

  private static final Pattern CSV_LINE = Pattern.compile("line:? (\\d+)");

  /** The lab's instruments (every status) in the import format, with the prices in force today. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String exportCsv(long labId) {
    Lab lab = Lab.findById(labId);
    if (lab == null) {
      throw new NotFoundProblem("Lab", labId);
    }
    List<Instrument> all = Instrument.list("lab.id", Sort.by("code"), labId);
    LocalDate today = LocalDate.now(java.time.ZoneId.of(lab.timeZone));
    Map<Long, List<RateCard>> cards = new HashMap<>();
    if (!all.isEmpty()) {
      List<RateCard> candidates =
          RateCard.list(
              "resourceId in ?1 and effectiveFrom <= ?2",
              Sort.descending("effectiveFrom").and("id", Sort.Direction.Descending),
              all.stream().map(i -> i.id).toList(),
              today);
      candidates.forEach(c -> cards.computeIfAbsent(c.resourceId, k -> new ArrayList<>()).add(c));
    }
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(InstrumentCsv.exportHeader());
      for (Instrument i : all) {
        printer.printRecord(
            InstrumentCsv.exportRow(i.code, InstrumentData.of(i), plan(cards.get(i.id))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static RatePlan plan(List<RateCard> newestFirst) {
    if (newestFirst == null) {
      return null;
    }
    Map<PriceTier, Prices> tiers = new EnumMap<>(PriceTier.class);
    LocalDate from = null;
    for (RateCard c : newestFirst) {
      if (!tiers.containsKey(c.tier)) {
        tiers.put(c.tier, new Prices(c.perHour, c.perSample, c.perOperatorHour));
        from = from == null || c.effectiveFrom.isAfter(from) ? c.effectiveFrom : from;
      }
    }
    return tiers.size() == PriceTier.values().length ? new RatePlan(from, tiers) : null;
  }

  public static Charset charset(String name) {
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new RuleViolation("csv-encoding", "Unknown charset " + name);
    }
  }
}
