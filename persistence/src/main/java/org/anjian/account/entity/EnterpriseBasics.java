package org.anjian.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An organisation's basic information that its own users maintain (注册信息维护): address, {@link
 * Contacts} and, for an enterprise, its nature, scale and headcount. Registration fills it, a
 * grading application starts from it. Not the identity fields (name, credit code, region): only the
 * enterprise's regulator changes those.
 */
@Embeddable
public class EnterpriseBasics implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int PERSON_LENGTH = Contacts.PERSON_LENGTH;
  public static final int PHONE_LENGTH = Contacts.PHONE_LENGTH;
  public static final int EMAIL_LENGTH = Contacts.EMAIL_LENGTH;
  public static final int ADDRESS_LENGTH = 256;
  public static final int OWNERSHIP_LENGTH = 32;
  public static final int MAX_EMPLOYEES = 10_000_000;

  /** 企业规模. */
  public enum Scale {
    LARGE,
    MEDIUM,
    SMALL,
    MICRO
  }

  /** Each field by its bundle key ({@code field.<name>}), for the change history. */
  private static final Map<String, Function<EnterpriseBasics, Object>> FIELDS = fields();

  @Size(max = ADDRESS_LENGTH)
  private String address;

  @Valid @Embedded private Contacts contacts = new Contacts();

  /** 企业性质 (国有, 集体, 私营, 外资…). */
  @Size(max = OWNERSHIP_LENGTH)
  private String ownership;

  @Enumerated(EnumType.STRING)
  @Column(name = "enterprise_scale")
  private Scale scale;

  @PositiveOrZero
  @Max(MAX_EMPLOYEES)
  private Integer employees;

  private static Map<String, Function<EnterpriseBasics, Object>> fields() {
    Map<String, Function<EnterpriseBasics, Object>> fields = new LinkedHashMap<>();
    fields.put("address", EnterpriseBasics::getAddress);
    fields.put("legalRepresentative", b -> b.getContacts().getLegalRepresentative());
    fields.put("contactPerson", b -> b.getContacts().getContactPerson());
    fields.put("contactPhone", b -> b.getContacts().getContactPhone());
    fields.put("contactMobile", b -> b.getContacts().getContactMobile());
    fields.put("contactFax", b -> b.getContacts().getContactFax());
    fields.put("contactEmail", b -> b.getContacts().getContactEmail());
    fields.put("ownership", EnterpriseBasics::getOwnership);
    fields.put("scale", EnterpriseBasics::getScale);
    fields.put("employees", EnterpriseBasics::getEmployees);
    return fields;
  }

  /** The contacts that registration asks for; the rest stays empty. */
  public static EnterpriseBasics ofContacts(
      String legalRepresentative,
      String contactPerson,
      String contactPhone,
      String contactEmail,
      String address) {
    EnterpriseBasics basics = new EnterpriseBasics();
    basics.contacts = new Contacts(legalRepresentative, contactPerson, contactPhone, contactEmail);
    basics.address = address;
    return basics;
  }

  /** A value copy, so that a page never binds to a managed entity's part. */
  public EnterpriseBasics copy() {
    EnterpriseBasics copy = new EnterpriseBasics();
    copy.address = address;
    copy.contacts = getContacts().copy();
    copy.ownership = ownership;
    copy.scale = scale;
    copy.employees = employees;
    return copy;
  }

  /** What differs from {@code before}: field name, old value, new value (enums by name). */
  public List<String[]> changesSince(EnterpriseBasics before) {
    List<String[]> changes = new ArrayList<>();
    FIELDS.forEach(
        (name, value) -> {
          Object old = value.apply(before);
          Object now = value.apply(this);
          if (!Objects.equals(old, now)) {
            changes.add(new String[] {name, text(old), text(now)});
          }
        });
    return changes;
  }

  private static String text(Object value) {
    return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  /**
   * Never null: a row whose contact columns are all empty loads without the part. Pages edit a
   * {@link #copy}, whose part is always there, so a managed row is never changed by reading it.
   */
  public Contacts getContacts() {
    return contacts == null ? new Contacts() : contacts;
  }

  public void setContacts(Contacts contacts) {
    this.contacts = contacts;
  }

  public String getOwnership() {
    return ownership;
  }

  public void setOwnership(String ownership) {
    this.ownership = ownership;
  }

  public Scale getScale() {
    return scale;
  }

  public void setScale(Scale scale) {
    this.scale = scale;
  }

  public Integer getEmployees() {
    return employees;
  }

  public void setEmployees(Integer employees) {
    this.employees = employees;
  }
}
