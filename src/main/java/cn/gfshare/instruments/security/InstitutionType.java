package cn.gfshare.instruments.security;

/** Kinds of institutions that share instruments on the platform. */
public enum InstitutionType {
  UNIVERSITY,
  RESEARCH_INSTITUTE,
  NEW_RD_INSTITUTION,
  PROVINCIAL_LAB,
  ENTERPRISE,
  HOSPITAL
}
