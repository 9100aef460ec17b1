package org.anjian.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Who answers for an organisation and how to reach them: 法定代表人 and 联系人 with phone, mobile, fax and
 * e-mail. One part of an organisation's basic information (registration, 注册信息维护) and of a grading
 * application, which starts from a copy of it; same columns in both tables.
 */
@Embeddable
public class Contacts implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int PERSON_LENGTH = 64;
  public static final int PHONE_LENGTH = 32;
  public static final int EMAIL_LENGTH = 128;

  @Size(max = PERSON_LENGTH)
  @Column(name = "legal_representative")
  private String legalRepresentative;

  @Size(max = PERSON_LENGTH)
  @Column(name = "contact_person")
  private String contactPerson;

  @Size(max = PHONE_LENGTH)
  @Column(name = "contact_phone")
  private String contactPhone;

  @Size(max = PHONE_LENGTH)
  @Column(name = "contact_mobile")
  private String contactMobile;

  @Size(max = PHONE_LENGTH)
  @Column(name = "contact_fax")
  private String contactFax;

  @Email
  @Size(max = EMAIL_LENGTH)
  @Column(name = "contact_email")
  private String contactEmail;

  public Contacts() {}

  /** The contacts that registration asks for; mobile and fax stay empty. */
  public Contacts(
      String legalRepresentative, String contactPerson, String contactPhone, String contactEmail) {
    this.legalRepresentative = legalRepresentative;
    this.contactPerson = contactPerson;
    this.contactPhone = contactPhone;
    this.contactEmail = contactEmail;
  }

  /** A value copy, so that a page or an application never shares another's part. */
  public Contacts copy() {
    Contacts copy = new Contacts(legalRepresentative, contactPerson, contactPhone, contactEmail);
    copy.contactMobile = contactMobile;
    copy.contactFax = contactFax;
    return copy;
  }

  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  public void setLegalRepresentative(String legalRepresentative) {
    this.legalRepresentative = legalRepresentative;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public void setContactPerson(String contactPerson) {
    this.contactPerson = contactPerson;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactMobile() {
    return contactMobile;
  }

  public void setContactMobile(String contactMobile) {
    this.contactMobile = contactMobile;
  }

  public String getContactFax() {
    return contactFax;
  }

  public void setContactFax(String contactFax) {
    this.contactFax = contactFax;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }
}
