package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.dto.ExpertDetail;
import cn.gfshare.instruments.catalog.dto.ExpertRequest;
import cn.gfshare.instruments.catalog.dto.ExpertSummary;
import cn.gfshare.instruments.common.ETags;
import cn.gfshare.instruments.common.HqlFilter;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.QueryParams;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The expert pool (专家库): public search; lab managers maintain the experts of their labs. */
@ApplicationScoped
public class ExpertService {

  /** Parsed filters of GET /experts. */
  public record ExpertSearch(
      List<String> terms,
      String field,
      String language,
      String city,
      Long institutionId,
      Long labId,
      Long instrumentId,
      Boolean consultations) {

    HqlFilter filter() {
      HqlFilter f = new HqlFilter();
      for (int n = 0; n < terms.size(); n++) {
        f.and(
            "e.searchText like :q" + n + " escape '!'", "q" + n, HqlFilter.contains(terms.get(n)));
      }
      f.and(
          "lower(e.fields) like :field escape '!'",
          "field",
          field == null ? null : HqlFilter.contains(field));
      f.and(
          "lower(e.languages) like :lang escape '!'",
          "lang",
          language == null ? null : HqlFilter.contains(language));
      f.and("e.cityCode = :city", "city", city);
      f.and("e.institutionId = :institutionId", "institutionId", institutionId);
      f.and("e.lab.id = :labId", "labId", labId);
      f.and(
          "e.id in (select e2.id from Expert e2 join e2.instruments x where x.id = :instrumentId)",
          "instrumentId",
          instrumentId);
      f.and("e.consultations = :consultations", "consultations", consultations);
      return f;
    }
  }

  @Inject RateCardService rateCards;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ExpertSummary> search(ExpertSearch s, PageRequest page, Caller caller) {
    String city = CatalogFilters.city(s.city());
    HqlFilter f =
        new ExpertSearch(
                s.terms(),
                s.field(),
                s.language(),
                city,
                s.institutionId(),
                s.labId(),
                s.instrumentId(),
                s.consultations())
            .filter();
    EntityManager em = Panache.getEntityManager();
    var count = em.createQuery("select count(e) from Expert e" + f.where(), Long.class);
    var page1 =
        em.createQuery(
            "select e.id from Expert e" + f.where() + " order by e.nameEn, e.id", Long.class);
    f.params()
        .forEach(
            (k, v) -> {
              count.setParameter(k, v);
              page1.setParameter(k, v);
            });
    long total = count.getSingleResult();
    List<ExpertSummary> items = List.of();
    if (page.offset() < total) {
      List<Long> ids =
          page1.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
      Map<Long, Expert> byId = new java.util.HashMap<>();
      em.createQuery(
              "select e from Expert e join fetch e.lab l join fetch l.institution where e.id in :ids",
              Expert.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(e -> byId.put(e.id, e));
      items =
          ids.stream()
              .map(byId::get)
              .filter(java.util.Objects::nonNull)
              .map(e -> CatalogViews.expert(e, caller.authenticated()))
              .toList();
    }
    return new PageResult<>(items, page.page(), page.size(), total);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ExpertDetail get(long id, Caller caller) {
    return detail(load(id), caller);
  }

  @Transactional
  public ExpertDetail create(ExpertRequest r, Caller caller) {
    List<FieldViolation> v = new ArrayList<>();
    Lab lab = LabAccess.labToCreateIn(r.labId(), r.code(), v, caller);
    ExpertData data = data(r, true);
    v.addAll(violations(data));
    List<Instrument> instruments =
        r.instrumentIds() == null ? List.of() : instruments(r.instrumentIds(), v);
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("expert-invalid", v);
    }
    requireManagesAll(caller, instruments);
    if (Expert.findByCode(r.code()).isPresent()) {
      throw new ConflictProblem(
          "duplicate-code",
          "An expert with code " + r.code() + " exists",
          Map.of("code", r.code()));
    }
    Expert e = new Expert();
    e.code = r.code();
    e.placeIn(lab);
    data.applyTo(e);
    e.instruments.addAll(instruments);
    e.persist();
    e.flush();
    return detail(e, caller);
  }

  @Transactional
  public ExpertDetail update(long id, String ifMatch, ExpertRequest r, Caller caller) {
    Expert e = load(id);
    LabAccess.requireManager(caller, e.lab);
    ETags.require(ifMatch, e.version);
    List<FieldViolation> v = new ArrayList<>();
    if (r.code() != null && !r.code().equals(e.code)) {
      v.add(FieldViolation.body("code", "cannot change (it is the expert's natural key)"));
    }
    if (r.labId() != null && !r.labId().equals(e.lab.id)) {
      v.add(FieldViolation.body("labId", "an expert cannot move to another lab"));
    }
    ExpertData data = data(r, e.consultations);
    v.addAll(violations(data));
    List<Instrument> instruments =
        r.instrumentIds() == null ? null : instruments(r.instrumentIds(), v);
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("expert-invalid", v);
    }
    boolean changed = data.applyTo(e);
    if (instruments != null) {
      changed |= relink(e, instruments, caller);
    }
    if (changed) {
      e.flush();
    }
    return detail(e, caller);
  }

  /** Replaces the instruments an expert is qualified on. */
  @Transactional
  public ExpertDetail setInstruments(
      long id, String ifMatch, List<Long> instrumentIds, Caller caller) {
    Expert e = load(id);
    LabAccess.requireManager(caller, e.lab);
    ETags.checkIfPresent(ifMatch, e.version);
    List<FieldViolation> v = new ArrayList<>();
    List<Instrument> instruments = instruments(instrumentIds, v);
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("expert-invalid", v);
    }
    if (relink(e, instruments, caller)) {
      e.flush();
    }
    return detail(e, caller);
  }

  /**
   * Links and unlinks: the caller must manage the lab of every instrument added or removed, so a
   * manager cannot declare someone qualified on another lab's instrument.
   */
  private boolean relink(Expert e, List<Instrument> wanted, Caller caller) {
    Set<Long> wantedIds = wanted.stream().map(i -> i.id).collect(Collectors.toSet());
    Set<Long> currentIds = e.instruments.stream().map(i -> i.id).collect(Collectors.toSet());
    if (wantedIds.equals(currentIds)) {
      return false;
    }
    List<Instrument> touched = new ArrayList<>();
    wanted.stream().filter(i -> !currentIds.contains(i.id)).forEach(touched::add);
    e.instruments.stream().filter(i -> !wantedIds.contains(i.id)).forEach(touched::add);
    requireManagesAll(caller, touched);
    e.instruments.removeIf(i -> !wantedIds.contains(i.id));
    e.instruments.addAll(wanted);
    // Hibernate bumps the expert's @Version for a changed owned collection: the ETag moves too
    return true;
  }

  private static void requireManagesAll(Caller caller, List<Instrument> instruments) {
    for (Instrument i : instruments) {
      if (!LabAccess.manages(caller, i.lab)) {
        throw new ForbiddenProblem(
            "not-lab-manager",
            "Instrument " + i.id + " belongs to lab " + i.lab.code + ", which you do not manage");
      }
    }
  }

  private static List<Instrument> instruments(List<Long> ids, List<FieldViolation> v) {
    Set<Long> unique = new LinkedHashSet<>(ids);
    if (unique.isEmpty()) {
      return List.of();
    }
    List<Instrument> found = Instrument.list("id in ?1", unique);
    Set<Long> foundIds = new HashSet<>();
    for (Instrument i : found) {
      foundIds.add(i.id);
      if (i.status == InstrumentStatus.RETIRED) {
        v.add(FieldViolation.body("instrumentIds", "instrument " + i.id + " is retired"));
      }
    }
    for (Long id : unique) {
      if (!foundIds.contains(id)) {
        v.add(FieldViolation.body("instrumentIds", "no instrument " + id));
      }
    }
    return found;
  }

  private static List<FieldViolation> violations(ExpertData d) {
    List<FieldViolation> v = new ArrayList<>();
    if (TagList.hasComma(d.fields())) {
      v.add(FieldViolation.body("fields", "items must not contain commas"));
    } else if (String.join(",", d.fields()).length() > 500) {
      v.add(FieldViolation.body("fields", "at most 500 characters in all"));
    }
    if (String.join(",", d.languages()).length() > 100) {
      v.add(FieldViolation.body("languages", "at most 100 characters in all"));
    }
    return v;
  }

  private static ExpertData data(ExpertRequest r, boolean defaultConsultations) {
    return new ExpertData(
        r.name(),
        r.nameEn(),
        r.title(),
        r.fields(),
        r.languages(),
        r.bio(),
        r.email(),
        r.phone(),
        r.consultations() == null ? defaultConsultations : r.consultations());
  }

  private Expert load(long id) {
    Expert e = Expert.findById(id);
    if (e == null) {
      throw new NotFoundProblem("Expert", id);
    }
    return e;
  }

  ExpertDetail detail(Expert e, Caller caller) {
    boolean signedIn = caller.authenticated();
    Lab lab = e.lab;
    return new ExpertDetail(
        e.id,
        e.code,
        e.nameZh,
        e.nameEn,
        e.title,
        lab.id,
        lab.nameZh,
        e.institutionId,
        lab.institution.nameZh,
        e.cityCode,
        TagList.split(e.fields),
        TagList.split(e.languages),
        e.bio,
        e.consultations,
        signedIn ? e.email : null,
        signedIn ? e.phone : null,
        e.instruments.stream()
            .sorted(Comparator.comparing((Instrument i) -> i.code))
            .map(CatalogViews::instrumentRef)
            .toList(),
        rateCards.inForce(e.id, RateCardService.today(e)),
        signedIn ? PriceTier.of(caller.institution(), e.institutionId, e.cityCode) : null,
        e.createdAt,
        e.updatedAt,
        e.version);
  }

  public static ExpertSearch parse(
      String q,
      String field,
      String language,
      String city,
      String institutionId,
      String labId,
      String instrumentId,
      String consultations) {
    return new ExpertSearch(
        InstrumentSearch.terms(q),
        QueryParams.text(field),
        QueryParams.text(language),
        QueryParams.text(city),
        QueryParams.id("institutionId", institutionId),
        QueryParams.id("labId", labId),
        QueryParams.id("instrumentId", instrumentId),
        QueryParams.bool("consultations", consultations));
  }
}
