package cn.gfshare.instruments.catalog.dto;

import cn.gfshare.instruments.catalog.InstrumentCsv.CellError;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What a CSV import did, row by row ({@code row} is the spreadsheet row; the header is row 1). */
public record ImportReport(
    Long labId,
    boolean partial,
    int rowCount,
    int created,
    int updated,
    int unchanged,
    int errors,
    List<RowResult> rows) {

  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ImportRowStatus")
  public enum Status {
    CREATED,
    UPDATED,
    UNCHANGED,
    ERROR
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RowResult(
      int row, String code, Status status, Long instrumentId, List<CellError> errors) {}
}
