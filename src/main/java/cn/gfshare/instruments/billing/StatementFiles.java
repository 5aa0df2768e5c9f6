package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.billing.Statements.StatementLineView;
import cn.gfshare.instruments.billing.Statements.StatementView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A statement as a file for finance offices: CSV (UTF-8 with a byte-order mark, so spreadsheet
 * programs read the Chinese headers) and XLSX. Both hold the same rows: a heading block, one row
 * per line, and a total row that equals the sum of the lines.
 */
public final class StatementFiles {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Bilingual column headers, Chinese first. */
  static final List<String> HEADERS =
      List.of(
          "条目 Entry",
          "过账时间 Posted",
          "服务开始 Service start",
          "预约 Reservation",
          "实验室 Lab",
          "资源 Resource",
          "用户 User",
          "用户城市 User city",
          "价格档 Tier",
          "类别 Kind",
          "条目类型 Role",
          "预约分钟 Booked min",
          "实际分钟 Actual min",
          "计费分钟 Billed min",
          "样品数 Samples",
          "金额 Amount",
          "币种 Currency");

  private StatementFiles() {}

  public static String fileName(StatementView s, String ext) {
    return "statement-"
        + s.accountCode().replaceAll("[^A-Za-z0-9_-]", "_")
        + "-"
        + s.period()
        + "-"
        + s.id()
        + "."
        + ext;
  }

  private static List<List<String>> heading(StatementView s) {
    return List.of(
        List.of("对账单 Statement", String.valueOf(s.id())),
        List.of("账户 Account", s.accountCode() + " " + s.accountName()),
        List.of("期间 Period", s.period()),
        List.of("状态 Status", s.status().name()));
  }

  private static List<String> row(StatementLineView l) {
    List<String> r = new ArrayList<>();
    r.add(String.valueOf(l.chargeId()));
    r.add(l.postedAt().toString());
    r.add(l.serviceStart().toString());
    r.add(String.valueOf(l.reservationId()));
    r.add(l.labCode());
    r.add(String.valueOf(l.resourceId()));
    r.add(l.bookerUsername());
    r.add(l.bookerCity());
    r.add(l.tier().name());
    r.add(l.kind().name());
    r.add(l.role().name());
    r.add(String.valueOf(l.bookedMinutes()));
    r.add(l.actualMinutes() == null ? "" : String.valueOf(l.actualMinutes()));
    r.add(String.valueOf(l.billedMinutes()));
    r.add(String.valueOf(l.samples()));
    r.add(l.amount().amount());
    r.add(l.amount().currency());
    return r;
  }

  public static byte[] csv(StatementView s) {
    StringBuilder out = new StringBuilder("\uFEFF");
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      for (List<String> h : heading(s)) {
        p.printRecord(h);
      }
      p.printRecord(HEADERS);
      for (StatementLineView l : s.lines()) {
        p.printRecord(row(l));
      }
      p.printRecord(totalRow(s));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<String> totalRow(StatementView s) {
    List<String> total = new ArrayList<>();
    total.add("合计 Total");
    for (int i = 1; i < HEADERS.size() - 2; i++) {
      total.add("");
    }
    total.add(s.total().amount());
    total.add(s.total().currency());
    return total;
  }

  public static byte[] xlsx(StatementView s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(bytes, "GF Instrument Sharing", "1.0")) {
      Worksheet ws = wb.newWorksheet("对账单 Statement");
      int r = 0;
      for (List<String> h : heading(s)) {
        for (int c = 0; c < h.size(); c++) {
          ws.value(r, c, h.get(c));
        }
        r++;
      }
      for (int c = 0; c < HEADERS.size(); c++) {
        ws.value(r, c, HEADERS.get(c));
        ws.style(r, c).bold().set();
      }
      r++;
      int amountCol = HEADERS.size() - 2;
      for (StatementLineView l : s.lines()) {
        List<String> row = row(l);
        for (int c = 0; c < row.size(); c++) {
          if (c == amountCol) {
            // a number cell with two decimals shown, written from the exact decimal
            ws.value(r, c, new BigDecimal(row.get(c)));
            ws.style(r, c).format("0.00").set();
          } else {
            ws.value(r, c, row.get(c));
          }
        }
        r++;
      }
      ws.value(r, 0, "合计 Total");
      ws.value(r, amountCol, new BigDecimal(s.total().amount()));
      ws.style(r, amountCol).format("0.00").bold().set();
      ws.value(r, amountCol + 1, s.total().currency());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
