package cn.gfshare.instruments.demo;

import cn.gfshare.instruments.catalog.City;
import cn.gfshare.instruments.catalog.Institution;
import cn.gfshare.instruments.catalog.InstitutionType;
import cn.gfshare.instruments.security.UserAffiliation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Writes the demo data set in one transaction; see {@link DemoDataLoader}. */
@ApplicationScoped
public class DemoDataWriter {

  public record Counts(long institutions, long affiliations) {}

  record Inst(String code, String nameZh, String nameEn, String city, InstitutionType type, String address) {}

  static final List<Inst> INSTITUTIONS =
      List.of(
          new Inst("SYSU", "中山大学", "Sun Yat-sen University", "GZ", InstitutionType.UNIVERSITY, "广州市海珠区新港西路135号"),
          new Inst("SCUT", "华南理工大学", "South China University of Technology", "GZ", InstitutionType.UNIVERSITY, "广州市天河区五山路381号"),
          new Inst("GDUT", "广东工业大学", "Guangdong University of Technology", "GZ", InstitutionType.UNIVERSITY, "广州市番禺区大学城外环西路100号"),
          new Inst("GZLAB", "广州实验室", "Guangzhou Laboratory", "GZ", InstitutionType.PROVINCIAL_LAB, "广州市黄埔区兴道环北路9号"),
          new Inst("GIBH", "中国科学院广州生物医药与健康研究院", "Guangzhou Institutes of Biomedicine and Health, CAS", "GZ", InstitutionType.RESEARCH_INSTITUTE, "广州市黄埔区开源大道190号"),
          new Inst("THPRDI", "清华珠三角研究院", "Tsinghua Pearl River Delta Research Institute", "GZ", InstitutionType.NEW_RD_INSTITUTION, "广州市黄埔区开源大道11号"),
          new Inst("SCTTC", "华南技术转移中心", "South China Technology Transfer Center", "GZ", InstitutionType.NEW_RD_INSTITUTION, "广州市天河区华观路1933号"),
          new Inst("FOSU", "佛山科学技术学院", "Foshan University", "FS", InstitutionType.UNIVERSITY, "佛山市禅城区江湾一路18号"),
          new Inst("JIHUA", "季华实验室", "Jihua Laboratory", "FS", InstitutionType.PROVINCIAL_LAB, "佛山市南海区桂城街道环岛南路28号"),
          new Inst("FSCAS", "佛山中科院产业技术研究院", "Foshan CAS Industrial Technology Research Institute", "FS", InstitutionType.NEW_RD_INSTITUTION, "佛山市南海区狮山镇"),
          new Inst("GDASFS", "广东省科学院佛山产业技术研究院", "GDAS Foshan Industrial Technology Research Institute", "FS", InstitutionType.NEW_RD_INSTITUTION, "佛山市南海区桂城街道"),
          new Inst("YIZUMI", "广东伊之密精密机械股份有限公司", "Yizumi Precision Machinery Co., Ltd.", "FS", InstitutionType.ENTERPRISE, "佛山市顺德区高新区科苑三路22号"));

  /** Demo users of the realm and of the dev OIDC service, and where they work. */
  static final List<String[]> AFFILIATIONS =
      List.of(
          new String[] {"researcher-gz", "SYSU"},
          new String[] {"researcher-fs", "FSCAS"},
          new String[] {"manager-gz", "SYSU"},
          new String[] {"manager-fs", "JIHUA"},
          new String[] {"finance", "GZLAB"},
          new String[] {"admin", "GZLAB"},
          new String[] {"partner", "SCTTC"});

  @Transactional
  public Counts load() {
    for (Inst i : INSTITUTIONS) {
      Institution e = Institution.findByCode(i.code()).orElseGet(Institution::new);
      e.code = i.code();
      e.nameZh = i.nameZh();
      e.nameEn = i.nameEn();
      e.city = City.findById(i.city());
      e.type = i.type();
      e.address = i.address();
      e.persist();
    }
    for (String[] a : AFFILIATIONS) {
      UserAffiliation ua = UserAffiliation.findById(a[0]);
      if (ua == null) {
        ua = new UserAffiliation();
        ua.username = a[0];
        ua.institution = Institution.findByCode(a[1]).orElseThrow();
        ua.updatedAt = Instant.now();
        ua.updatedBy = "demo-data";
        ua.persist();
      }
    }
    return new Counts(Institution.count(), UserAffiliation.count());
  }
}
