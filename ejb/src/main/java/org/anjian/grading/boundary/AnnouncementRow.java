package org.anjian.grading.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A 公告 as lists and the public page show it, with how many enterprises it names. */
public record AnnouncementRow(
    Long id,
    String regulatorName,
    String regionAbbreviation,
    int year,
    int sequence,
    String title,
    LocalDate publishedOn,
    LocalDate objectionUntil,
    boolean closed,
    long enterprises)
    implements Serializable {}
