package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.dto.Contact;
import cn.gfshare.instruments.catalog.dto.InstrumentDetail;
import cn.gfshare.instruments.catalog.dto.InstrumentRequest;
import cn.gfshare.instruments.catalog.dto.InstrumentSummary;
import cn.gfshare.instruments.common.ETags;
import cn.gfshare.instruments.common.HqlFilter;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.QueryParams;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Instruments: public search and detail; lab managers create, update and retire their own. */
@ApplicationScoped
public class InstrumentService {

  @Inject CategoryService categories;
  @Inject RateCardService rateCards;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<InstrumentSummary> search(InstrumentSearch s, PageRequest page) {
    String city = CatalogFilters.city(s.city());
    InstrumentSearch checked = city == null ? s : withCity(s, city);
    List<String> codes = List.of();
    if (s.category() != null) {
      codes = categories.subtreeCodes(s.category());
      if (codes.isEmpty()) {
        throw QueryParams.invalid("category", "unknown category; see GET /api/v1/categories");
      }
    }
    HqlFilter f = checked.filter(codes);
    EntityManager em = Panache.getEntityManager();
    var count = em.createQuery("select count(i) from Instrument i" + f.where(), Long.class);
    // ids first, then the rows with their lab and institution: joining those into the filtered,
    // ordered and limited query makes the optimizer sort the whole catalog
    var page1 =
        em.createQuery(
            "select i.id from Instrument i" + f.where() + " order by " + checked.orderBy(),
            Long.class);
    f.params()
        .forEach(
            (k, v) -> {
              count.setParameter(k, v);
              page1.setParameter(k, v);
            });
    long total = count.getSingleResult();
    List<InstrumentSummary> items = List.of();
    if (page.offset() < total) {
      List<Long> ids =
          page1.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
      Map<Long, Instrument> byId = new HashMap<>();
      em.createQuery(
              "select i from Instrument i join fetch i.lab l join fetch l.institution where i.id in :ids",
              Instrument.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(i -> byId.put(i.id, i));
      items =
          ids.stream().map(byId::get).filter(Objects::nonNull).map(CatalogViews::summary).toList();
    }
    return new PageResult<>(items, page.page(), page.size(), total);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public InstrumentDetail get(long id, Caller caller) {
    return detail(load(id), caller);
  }

  @Transactional
  public InstrumentDetail create(InstrumentRequest r, Caller caller) {
    List<FieldViolation> v = new ArrayList<>();
    Lab lab = LabAccess.labToCreateIn(r.labId(), r.code(), v, caller);
    InstrumentData data = data(r, InstrumentStatus.ACTIVE);
    v.addAll(violations(data, ""));
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("instrument-invalid", v);
    }
    if (Instrument.findByCode(r.code()).isPresent()) {
      throw new ConflictProblem(
          "duplicate-code",
          "An instrument with code " + r.code() + " exists",
          Map.of("code", r.code()));
    }
    Instrument i = new Instrument();
    i.code = r.code();
    i.placeIn(lab);
    data.applyTo(i);
    i.persist();
    i.flush();
    return detail(i, caller);
  }

  @Transactional
  public InstrumentDetail update(long id, String ifMatch, InstrumentRequest r, Caller caller) {
    Instrument i = load(id);
    LabAccess.requireManager(caller, i.lab);
    ETags.require(ifMatch, i.version);
    List<FieldViolation> v = new ArrayList<>();
    if (r.code() != null && !r.code().equals(i.code)) {
      v.add(FieldViolation.body("code", "cannot change (it is the instrument's natural key)"));
    }
    if (r.labId() != null && !r.labId().equals(i.lab.id)) {
      v.add(
          FieldViolation.body(
              "labId", "an instrument cannot move to another lab; retire it and create it there"));
    }
    InstrumentData data = data(r, i.status);
    v.addAll(violations(data, ""));
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("instrument-invalid", v);
    }
    data.applyTo(i);
    i.flush();
    return detail(i, caller);
  }

  /** Retiring is idempotent; the instrument stays readable by id and in history. */
  @Transactional
  public InstrumentDetail retire(long id, String ifMatch, Caller caller) {
    Instrument i = load(id);
    LabAccess.requireManager(caller, i.lab);
    ETags.checkIfPresent(ifMatch, i.version);
    if (i.status != InstrumentStatus.RETIRED) {
      i.status = InstrumentStatus.RETIRED;
      i.flush();
    }
    return detail(i, caller);
  }

  /**
   * Rules beyond the request's shape, shared with the CSV import: the category exists, the year is
   * not in the future, tags fit their column.
   */
  public List<FieldViolation> violations(InstrumentData d, String prefix) {
    return violations(d, prefix, code -> categories.find(code).isPresent());
  }

  /**
   * As above, with the category lookup given (the import checks thousands of rows against one set).
   */
  public List<FieldViolation> violations(
      InstrumentData d, String prefix, java.util.function.Predicate<String> categoryExists) {
    List<FieldViolation> v = new ArrayList<>();
    if (d.categoryCode() != null && !categoryExists.test(d.categoryCode())) {
      v.add(
          FieldViolation.body(
              prefix + "categoryCode",
              "unknown category " + d.categoryCode() + "; see GET /api/v1/categories"));
    }
    if (d.acquisitionYear() != null && d.acquisitionYear() > Year.now().getValue() + 1) {
      v.add(FieldViolation.body(prefix + "acquisitionYear", "must not be in the future"));
    }
    if (TagList.hasComma(d.techniques())) {
      v.add(FieldViolation.body(prefix + "techniques", "items must not contain commas"));
    } else if (d.techniques() != null && String.join(",", d.techniques()).length() > 1000) {
      v.add(FieldViolation.body(prefix + "techniques", "at most 1000 characters in all"));
    }
    if (d.valueCny() != null && d.valueCny().scale() > 2) {
      v.add(FieldViolation.body(prefix + "valueCny", "at most two decimals"));
    }
    return v;
  }

  private static InstrumentData data(InstrumentRequest r, InstrumentStatus defaultStatus) {
    return new InstrumentData(
        r.name(),
        r.nameEn(),
        r.model(),
        r.manufacturer(),
        r.categoryCode(),
        r.valueCny(),
        r.acquisitionYear(),
        r.status() == null ? defaultStatus : InstrumentStatus.valueOf(r.status()),
        r.location(),
        r.description(),
        r.techniques(),
        r.sampleRequirements(),
        Boolean.TRUE.equals(r.requiresApproval()),
        Boolean.TRUE.equals(r.qualificationRequired()),
        r.qualificationName(),
        Boolean.TRUE.equals(r.operatorAssisted()));
  }

  private Instrument load(long id) {
    Instrument i = Instrument.findById(id);
    if (i == null) {
      throw new NotFoundProblem("Instrument", id);
    }
    return i;
  }

  InstrumentDetail detail(Instrument i, Caller caller) {
    Lab lab = i.lab;
    boolean signedIn = caller.authenticated();
    Contact contact =
        signedIn
                && (lab.contactName != null || lab.contactPhone != null || lab.contactEmail != null)
            ? new Contact(lab.contactName, lab.contactPhone, lab.contactEmail)
            : null;
    List<Expert> experts =
        Expert.list(
            "select e from Expert e join e.instruments x where x.id = ?1 order by e.nameEn, e.id",
            i.id);
    LocalDate today = RateCardService.today(i);
    return new InstrumentDetail(
        i.id,
        i.code,
        i.nameZh,
        i.nameEn,
        i.model,
        i.manufacturer,
        i.categoryCode,
        categories.lineage(i.categoryCode),
        lab.id,
        lab.nameZh,
        i.institutionId,
        lab.institution.nameZh,
        i.cityCode,
        i.valueCny,
        i.large,
        i.acquisitionYear,
        i.status,
        i.location,
        i.description,
        TagList.split(i.techniques),
        i.sampleRequirements,
        i.requiresApproval,
        i.qualificationRequired,
        i.qualificationName,
        i.operatorAssisted,
        contact,
        rateCards.inForce(i.id, today),
        signedIn ? PriceTier.of(caller.institution(), i.institutionId, i.cityCode) : null,
        experts.stream().map(CatalogViews::expertRef).toList(),
        i.createdAt,
        i.updatedAt,
        i.version);
  }

  private static InstrumentSearch withCity(InstrumentSearch s, String city) {
    return new InstrumentSearch(
        s.terms(),
        city,
        s.category(),
        s.institutionId(),
        s.labId(),
        s.large(),
        s.statuses(),
        s.operatorAssisted(),
        s.minValue(),
        s.maxValue(),
        s.sort());
  }
}
