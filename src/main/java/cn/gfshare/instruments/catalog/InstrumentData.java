package cn.gfshare.instruments.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The editable description of an instrument, whether it comes from the API or a CSV row. Blank
 * optional texts become null and the value gets its two decimals, so two descriptions of the same
 * instrument compare equal and an unchanged import row writes nothing.
 */
public record InstrumentData(
    String nameZh,
    String nameEn,
    String model,
    String manufacturer,
    String categoryCode,
    BigDecimal valueCny,
    Integer acquisitionYear,
    InstrumentStatus status,
    String location,
    String description,
    List<String> techniques,
    String sampleRequirements,
    boolean requiresApproval,
    boolean qualificationRequired,
    String qualificationName,
    boolean operatorAssisted) {

  public InstrumentData {
    nameZh = trim(nameZh);
    nameEn = trim(nameEn);
    model = trim(model);
    manufacturer = trim(manufacturer);
    categoryCode = trim(categoryCode);
    valueCny =
        valueCny == null || valueCny.scale() > 2
            ? valueCny
            : valueCny.setScale(2, RoundingMode.UNNECESSARY);
    location = trim(location);
    description = trim(description);
    techniques = TagList.normalize(techniques == null ? List.of() : techniques);
    sampleRequirements = trim(sampleRequirements);
    qualificationName = trim(qualificationName);
  }

  public static InstrumentData of(Instrument i) {
    return new InstrumentData(
        i.nameZh,
        i.nameEn,
        i.model,
        i.manufacturer,
        i.categoryCode,
        i.valueCny,
        i.acquisitionYear,
        i.status,
        i.location,
        i.description,
        TagList.split(i.techniques),
        i.sampleRequirements,
        i.requiresApproval,
        i.qualificationRequired,
        i.qualificationName,
        i.operatorAssisted);
  }

  /**
   * Writes this description into the entity; false (and no write) when it already says the same.
   */
  public boolean applyTo(Instrument i) {
    if (i.id != null && equals(of(i))) {
      return false;
    }
    i.nameZh = nameZh;
    i.nameEn = nameEn;
    i.model = model;
    i.manufacturer = manufacturer;
    i.categoryCode = categoryCode;
    i.valueCny = valueCny;
    i.acquisitionYear = acquisitionYear;
    i.status = status;
    i.location = location;
    i.description = description;
    i.techniques = TagList.join(techniques);
    i.sampleRequirements = sampleRequirements;
    i.requiresApproval = requiresApproval;
    i.qualificationRequired = qualificationRequired;
    i.qualificationName = qualificationName;
    i.operatorAssisted = operatorAssisted;
    return true;
  }

  public InstrumentData withStatus(InstrumentStatus s) {
    return new InstrumentData(
        nameZh,
        nameEn,
        model,
        manufacturer,
        categoryCode,
        valueCny,
        acquisitionYear,
        s,
        location,
        description,
        techniques,
        sampleRequirements,
        requiresApproval,
        qualificationRequired,
        qualificationName,
        operatorAssisted);
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
