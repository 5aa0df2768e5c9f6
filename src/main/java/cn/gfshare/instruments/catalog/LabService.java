package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.dto.LabRequest;
import cn.gfshare.instruments.catalog.dto.LabView;
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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Labs and service platforms: platform admins create them and name their managers. */
@ApplicationScoped
public class LabService {

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<LabView> list(
      String q, String city, Long institutionId, boolean mine, PageRequest page, Caller caller) {
    HqlFilter f = new HqlFilter();
    f.and("l.institution.city.code = :city", "city", CatalogFilters.city(city));
    f.and("l.institution.id = :inst", "inst", institutionId);
    if (q != null) {
      f.and(
          "(lower(l.nameZh) like :q escape '!' or lower(l.nameEn) like :q escape '!' or lower(l.code) like :q escape '!')",
          "q",
          HqlFilter.contains(q));
    }
    if (mine) {
      if (!caller.authenticated()) {
        throw new UnauthorizedException();
      }
      f.and(":me member of l.managers", "me", caller.username());
    }
    PanacheQuery<Lab> query =
        Lab.<Lab>find(
                "from Lab l join fetch l.institution" + f.where(), Sort.by("l.code"), f.params())
            .page(page.page(), page.size());
    PanacheQuery<Lab> counter = Lab.find("from Lab l" + f.where(), f.params());
    return new PageResult<>(
        query.list().stream()
            .map(l -> CatalogViews.lab(l, caller.authenticated(), null, null))
            .toList(),
        page.page(),
        page.size(),
        counter.count());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public LabView get(long id, Caller caller) {
    return view(load(id), caller);
  }

  @Transactional
  public LabView create(LabRequest r, Caller caller) {
    List<FieldViolation> v = new ArrayList<>();
    if (r.code() == null) {
      v.add(FieldViolation.body("code", "must not be null"));
    }
    Institution institution = null;
    if (r.institutionId() == null) {
      v.add(FieldViolation.body("institutionId", "must not be null"));
    } else {
      institution = Institution.findById(r.institutionId());
      if (institution == null) {
        v.add(FieldViolation.body("institutionId", "no institution " + r.institutionId()));
      }
    }
    String zone = zone(r.timeZone(), institution == null ? null : institution.city, v);
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("lab-invalid", v);
    }
    if (Lab.findByCode(r.code()).isPresent()) {
      throw new ConflictProblem(
          "duplicate-code", "A lab with code " + r.code() + " exists", Map.of("code", r.code()));
    }
    Lab lab = new Lab();
    lab.code = r.code();
    lab.institution = institution;
    apply(lab, r, zone);
    if (r.managers() != null) {
      lab.managers.addAll(new TreeSet<>(r.managers()));
    }
    lab.persist();
    lab.flush();
    return view(lab, caller);
  }

  /**
   * Admins, and the lab's own managers for its descriptive fields (names, location, contact, zone).
   */
  @Transactional
  public LabView update(long id, String ifMatch, LabRequest r, Caller caller) {
    Lab lab = load(id);
    LabAccess.requireManager(caller, lab);
    ETags.require(ifMatch, lab.version);
    List<FieldViolation> v = new ArrayList<>();
    if (r.code() != null && !r.code().equals(lab.code)) {
      v.add(FieldViolation.body("code", "cannot change (it is the lab's natural key)"));
    }
    if (r.institutionId() != null && !r.institutionId().equals(lab.institution.id)) {
      v.add(FieldViolation.body("institutionId", "a lab cannot move to another institution"));
    }
    if (r.managers() != null && !new TreeSet<>(r.managers()).equals(new TreeSet<>(lab.managers))) {
      v.add(FieldViolation.body("managers", "set managers with PUT /api/v1/labs/{id}/managers"));
    }
    String zone = zone(r.timeZone(), lab.institution.city, v);
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("lab-invalid", v);
    }
    apply(lab, r, zone);
    lab.flush();
    ResourceSettings.touchLab(lab.id);
    return view(lab, caller);
  }

  @Transactional
  public LabView setManagers(long id, String ifMatch, List<String> usernames, Caller caller) {
    Lab lab = load(id);
    ETags.checkIfPresent(ifMatch, lab.version);
    Set<String> wanted = new TreeSet<>(usernames);
    if (!wanted.equals(new TreeSet<>(lab.managers))) {
      lab.managers.retainAll(wanted);
      lab.managers.addAll(wanted);
      lab.flush();
      ResourceSettings.touchLab(lab.id);
    }
    return view(lab, caller);
  }

  private static void apply(Lab lab, LabRequest r, String zone) {
    set(lab.nameZh, r.name().strip(), s -> lab.nameZh = s);
    set(lab.nameEn, r.nameEn().strip(), s -> lab.nameEn = s);
    set(lab.location, QueryParams.text(r.location()), s -> lab.location = s);
    set(lab.contactName, QueryParams.text(r.contactName()), s -> lab.contactName = s);
    set(lab.contactPhone, QueryParams.text(r.contactPhone()), s -> lab.contactPhone = s);
    set(lab.contactEmail, QueryParams.text(r.contactEmail()), s -> lab.contactEmail = s);
    set(lab.timeZone, zone, s -> lab.timeZone = s);
  }

  private static void set(
      String current, String wanted, java.util.function.Consumer<String> setter) {
    if (!Objects.equals(current, wanted)) {
      setter.accept(wanted);
    }
  }

  private static String zone(String raw, City city, List<FieldViolation> v) {
    String zone = QueryParams.text(raw);
    if (zone == null) {
      return city == null ? "Asia/Shanghai" : city.timeZone;
    }
    try {
      return ZoneId.of(zone).getId();
    } catch (DateTimeException e) {
      v.add(FieldViolation.body("timeZone", "not an IANA time zone such as Asia/Shanghai"));
      return null;
    }
  }

  private Lab load(long id) {
    Lab lab = Lab.findById(id);
    if (lab == null) {
      throw new NotFoundProblem("Lab", id);
    }
    return lab;
  }

  private LabView view(Lab lab, Caller caller) {
    long instruments =
        Instrument.count("lab.id = ?1 and status <> ?2", lab.id, InstrumentStatus.RETIRED);
    long experts = Expert.count("lab.id", lab.id);
    return CatalogViews.lab(lab, caller.authenticated(), instruments, experts);
  }
}
