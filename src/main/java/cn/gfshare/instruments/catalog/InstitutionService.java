package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.dto.InstitutionRequest;
import cn.gfshare.instruments.catalog.dto.InstitutionView;
import cn.gfshare.instruments.common.ETags;
import cn.gfshare.instruments.common.HqlFilter;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.QueryParams;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.security.InstitutionType;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Institutions of both cities; platform admins maintain them. */
@ApplicationScoped
public class InstitutionService {

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<InstitutionView> list(String city, String type, String q, PageRequest page) {
    HqlFilter f = new HqlFilter();
    f.and("i.city.code = :city", "city", CatalogFilters.city(city));
    f.and(
        "i.type = :type",
        "type",
        type == null ? null : parseType(type, FieldViolation.query("type", typeMessage())));
    if (q != null) {
      f.and(
          "(lower(i.nameZh) like :q escape '!' or lower(i.nameEn) like :q escape '!' or lower(i.code) like :q escape '!')",
          "q",
          HqlFilter.contains(q));
    }
    PanacheQuery<Institution> query =
        Institution.<Institution>find(
                "from Institution i" + f.where(), Sort.by("i.city.code").and("i.code"), f.params())
            .page(page.page(), page.size());
    return new PageResult<>(
        query.list().stream().map(i -> CatalogViews.institution(i, null, null)).toList(),
        page.page(),
        page.size(),
        query.count());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public InstitutionView get(long id) {
    return view(load(id));
  }

  @Transactional
  public InstitutionView create(InstitutionRequest r) {
    List<FieldViolation> v = new ArrayList<>();
    if (r.code() == null) {
      v.add(FieldViolation.body("code", "must not be null"));
    }
    Fields fields = validate(r, v);
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("institution-invalid", v);
    }
    if (Institution.findByCode(r.code()).isPresent()) {
      throw new ConflictProblem(
          "duplicate-code",
          "An institution with code " + r.code() + " exists",
          Map.of("code", r.code()));
    }
    Institution i = new Institution();
    i.code = r.code();
    fields.applyTo(i);
    i.persist();
    i.flush();
    return view(i);
  }

  @Transactional
  public InstitutionView update(long id, String ifMatch, InstitutionRequest r) {
    Institution i = load(id);
    ETags.require(ifMatch, i.version);
    List<FieldViolation> v = new ArrayList<>();
    if (r.code() != null && !r.code().equals(i.code)) {
      v.add(FieldViolation.body("code", "cannot change (it is the institution's natural key)"));
    }
    Fields fields = validate(r, v);
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("institution-invalid", v);
    }
    String oldCity = i.city.code;
    fields.applyTo(i);
    i.flush();
    if (!oldCity.equals(i.city.code)) {
      // resources carry their institution's city for join-free filtering; keep them in step
      Panache.getEntityManager()
          .createNativeQuery(
              "update bookable_resource set city_code = ?1 where institution_id = ?2")
          .setParameter(1, i.city.code)
          .setParameter(2, i.id)
          .executeUpdate();
    }
    return view(i);
  }

  private record Fields(
      String name, String nameEn, City city, InstitutionType type, String address) {
    void applyTo(Institution i) {
      if (!Objects.equals(i.nameZh, name)) {
        i.nameZh = name;
      }
      if (!Objects.equals(i.nameEn, nameEn)) {
        i.nameEn = nameEn;
      }
      if (i.city == null || !i.city.code.equals(city.code)) {
        i.city = city;
      }
      if (i.type != type) {
        i.type = type;
      }
      if (!Objects.equals(i.address, address)) {
        i.address = address;
      }
    }
  }

  private Fields validate(InstitutionRequest r, List<FieldViolation> v) {
    City city = r.city() == null ? null : City.findById(r.city().toUpperCase(Locale.ROOT));
    if (city == null) {
      v.add(FieldViolation.body("city", "unknown city; see GET /api/v1/cities"));
    }
    InstitutionType type = null;
    try {
      type = InstitutionType.valueOf(r.type());
    } catch (IllegalArgumentException | NullPointerException e) {
      v.add(FieldViolation.body("type", typeMessage()));
    }
    return new Fields(
        r.name().strip(), r.nameEn().strip(), city, type, QueryParams.text(r.address()));
  }

  static InstitutionType parseType(String raw, FieldViolation onError) {
    try {
      return InstitutionType.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldsProblem.of("invalid-parameter", onError);
    }
  }

  private static String typeMessage() {
    return "one of " + java.util.Arrays.toString(InstitutionType.values());
  }

  private Institution load(long id) {
    Institution i = Institution.findById(id);
    if (i == null) {
      throw new NotFoundProblem("Institution", id);
    }
    return i;
  }

  private InstitutionView view(Institution i) {
    long labs = Lab.count("institution.id", i.id);
    long instruments =
        Instrument.count("institutionId = ?1 and status <> ?2", i.id, InstrumentStatus.RETIRED);
    return CatalogViews.institution(i, labs, instruments);
  }
}
