package org.anjian.grading.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.grading.entity.Expert;

/** What an organising body enters for an expert of its registry. */
public record ExpertInput(
    @NotBlank @Size(max = Expert.NAME_LENGTH) String name,
    @NotBlank @Size(max = Expert.SPECIALITY_LENGTH) String speciality,
    @Size(max = Expert.TITLE_LENGTH) String title,
    @Size(max = Expert.EMPLOYER_LENGTH) String employer,
    @Size(max = Expert.PHONE_LENGTH) String phone,
    boolean active)
    implements Serializable {}
