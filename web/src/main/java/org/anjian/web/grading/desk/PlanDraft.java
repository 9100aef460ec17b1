package org.anjian.web.grading.desk;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjian.grading.boundary.PlanInput;

/**
 * 评审方案 as the agency puts it together: members from its evaluator registry, the 组长 among them, the
 * elements each member covers, optional experts, dates and the agenda.
 */
public class PlanDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<Long> memberIds = new ArrayList<>();
  private final List<Member> members = new ArrayList<>();
  private Long leaderId;
  private List<Long> expertIds = new ArrayList<>();
  private LocalDate startOn;
  private LocalDate endOn;
  private String agenda;

  PlanDraft(String agenda) {
    this.agenda = agenda;
  }

  /** After the member selection changed: one line per member, keeping elements already chosen. */
  void sync(List<Option> evaluators) {
    Map<Long, Member> before = new LinkedHashMap<>();
    members.forEach(m -> before.put(m.id, m));
    members.clear();
    for (Option evaluator : evaluators) {
      if (memberIds.contains(evaluator.id())) {
        members.add(before.getOrDefault(evaluator.id(), new Member(evaluator)));
      }
    }
    if (leaderId != null && !memberIds.contains(leaderId)) {
      leaderId = null;
    }
  }

  PlanInput input() {
    Map<Long, String> elements = new LinkedHashMap<>();
    members.forEach(m -> elements.put(m.id, String.join(",", m.elements)));
    return new PlanInput(leaderId, memberIds, elements, expertIds, startOn, endOn, agenda);
  }

  public List<Long> getMemberIds() {
    return memberIds;
  }

  public void setMemberIds(List<Long> memberIds) {
    this.memberIds = memberIds == null ? new ArrayList<>() : new ArrayList<>(memberIds);
  }

  public List<Member> getMembers() {
    return members;
  }

  public Long getLeaderId() {
    return leaderId;
  }

  public void setLeaderId(Long leaderId) {
    this.leaderId = leaderId;
  }

  public List<Long> getExpertIds() {
    return expertIds;
  }

  public void setExpertIds(List<Long> expertIds) {
    this.expertIds = expertIds == null ? new ArrayList<>() : new ArrayList<>(expertIds);
  }

  public LocalDate getStartOn() {
    return startOn;
  }

  public void setStartOn(LocalDate startOn) {
    this.startOn = startOn;
  }

  public LocalDate getEndOn() {
    return endOn;
  }

  public void setEndOn(LocalDate endOn) {
    this.endOn = endOn;
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String agenda) {
    this.agenda = agenda;
  }

  /** One member of the team and the elements (names of {@code Element}) they cover. */
  public static class Member implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String label;
    private List<String> elements = new ArrayList<>();

    Member(Option evaluator) {
      this.id = evaluator.id();
      this.label = evaluator.label();
    }

    public Long getId() {
      return id;
    }

    public String getLabel() {
      return label;
    }

    public List<String> getElements() {
      return elements;
    }

    public void setElements(List<String> elements) {
      this.elements = elements == null ? new ArrayList<>() : new ArrayList<>(elements);
    }
  }
}
